package org.avengine.engine;

import java.util.List;

/**
 * The free fields a customer keeps on an asset.
 *
 * @param entity the product entity the asset belongs to (a car, a listing), or null
 * @param title what the asset shows, written into its transcodes' container metadata and given to link lists, or null
 * @param description a longer text about it, used the same way, or null
 */
record AssetFields(String string1, String string2, String string3, Long number1, Long number2, Long number3, List<String> tags,
        String entity, String title, String description) {

    private static final int MAX_ENTITY = 255;
    private static final int MAX_TITLE = 500;
    private static final int MAX_DESCRIPTION = 5000;

    AssetFields {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (entity != null && (entity.isBlank() || entity.length() > MAX_ENTITY || entity.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRequestException("entity: '" + entity + "' is not a valid entity id; use 1 to "
                    + MAX_ENTITY + " characters without control characters");
        }
        checkText("title", title, MAX_TITLE);
        checkText("description", description, MAX_DESCRIPTION);
    }

    AssetFields(String string1, String string2, String string3, Long number1, Long number2, Long number3, List<String> tags,
            String entity) {
        this(string1, string2, string3, number1, number2, number3, tags, entity, null, null);
    }

    private static void checkText(String field, String value, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))) {
            throw new InvalidRequestException(field + ": at most " + max + " characters, and no control characters but line breaks and tabs");
        }
    }
}
