package org.avengine.engine;

import java.util.List;

/** The body of {@code PUT /customers/{c}/spaces/{s}/images/{id}}, and of each member of a batch. */
record AssetBody(String id, Integer space, String origin, String family, String mediaType,
        List<DeliveryChannel> deliveryChannels, String string1, String string2, String string3,
        Long number1, Long number2, Long number3, List<String> tags, String entity, String title, String description) {

    AssetFields fields() {
        return new AssetFields(string1, string2, string3, number1, number2, number3, tags, entity, title, description);
    }
}
