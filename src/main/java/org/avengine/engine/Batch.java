package org.avengine.engine;

import java.time.Instant;

/**
 * A batch of assets registered together, with its progress counted from its assets.
 *
 * @param finished when the last of its assets finished; null while any is ingesting
 */
record Batch(int id, int customer, int count, int completed, int errors, Instant submitted, Instant finished) {
}
