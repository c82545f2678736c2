package org.avengine.engine;

import java.time.Instant;

/** A tenant of the engine: it owns keys, spaces and, through them, assets. */
record Customer(int id, String name, Instant created) {
}
