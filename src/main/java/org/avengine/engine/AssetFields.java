package org.avengine.engine;

import java.util.List;

/** The free fields a customer keeps on an asset. */
record AssetFields(String string1, String string2, String string3, Long number1, Long number2, Long number3, List<String> tags) {

    AssetFields {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
