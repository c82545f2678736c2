/**
 * Cross-cutting configuration of the node: the data directory, start-up checks and the health
 * details that show what this node can do.
 */
package org.avengine.system;
