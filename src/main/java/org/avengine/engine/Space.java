package org.avengine.engine;

import java.time.Instant;

/** A customer's container of assets; its id is part of every asset path. */
record Space(int id, int customerId, String name, Instant created) {
}
