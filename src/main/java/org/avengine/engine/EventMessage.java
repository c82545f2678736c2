package org.avengine.engine;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "MediaConvert Job State Change" event an SQS message carries: the body itself, as an EventBridge
 * rule with an SQS target delivers it (and avengine sends it), or the {@code Message} of an SNS
 * notification, for events that pass through a topic first.
 */
final class EventMessage {

    static final String DETAIL_TYPE = "MediaConvert Job State Change";

    private EventMessage() {
    }

    /** The event in the body, or empty when the body is no MediaConvert job event. */
    static Optional<JsonNode> parse(String body, JsonMapper json) {
        try {
            JsonNode node = json.readTree(body);
            if ("Notification".equals(node.path("Type").asString(null)) && node.path("Message").isString()) {
                node = json.readTree(node.get("Message").asString());
            }
            boolean event = DETAIL_TYPE.equals(node.path("detail-type").asString(null))
                    && "aws.mediaconvert".equals(node.path("source").asString(null)) && node.path("detail").isObject();
            return event ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
