package org.avengine.engine;

import java.time.Instant;

/**
 * A finished asset of a product entity, as the entity's link list shows it.
 *
 * @param asset its transcodes, size and duration
 * @param title its title, or null
 * @param description its description, or null
 * @param finished when its transcodes were made
 * @param privateSpace whether its space is private, so that its URLs must be signed
 */
public record EntityMedia(DeliverableAsset asset, String title, String description, Instant finished, boolean privateSpace) {
}
