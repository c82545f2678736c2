/**
 * Cross-cutting configuration of the node: the data directory, start-up checks and the health
 * details that show what this node can do; the node's identity and roles ({@code api},
 * {@code worker}), its row in the shared node list ({@code GET /nodes}), and the filter that keeps a
 * worker-only node from serving any API.
 */
package org.avengine.system;
