package org.avengine.engine;

import java.util.List;

/**
 * The free fields a customer keeps on an asset.
 *
 * @param entity the product entity the asset belongs to (a car, a listing), or null
 */
record AssetFields(String string1, String string2, String string3, Long number1, Long number2, Long number3, List<String> tags,
        String entity) {

    private static final int MAX_ENTITY = 255;

    AssetFields {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (entity != null && (entity.isBlank() || entity.length() > MAX_ENTITY || entity.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRequestException("entity: '" + entity + "' is not a valid entity id; use 1 to "
                    + MAX_ENTITY + " characters without control characters");
        }
    }
}
