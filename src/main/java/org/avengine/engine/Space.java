package org.avengine.engine;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer's container of assets; its id is part of every asset path.
 *
 * @param isPrivate whether its assets are delivered only to its customer's keys and the administrator
 *        (shown as {@code "private"})
 */
record Space(int id, int customerId, String name, Instant created, @JsonProperty("private") boolean isPrivate) {
}
