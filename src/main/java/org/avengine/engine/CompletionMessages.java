package org.avengine.engine;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles one SQS message of the MediaConvert adapter's event queue: a job's final event finishes its
 * asset through {@link TranscodeCompletion}; a message that is no MediaConvert job event, or an event of
 * a job this engine did not make, is logged and done with.
 */
@Component
@ConditionalOnProperty(name = "avengine.engine.transcoder", havingValue = EngineProperties.MEDIACONVERT)
class CompletionMessages {

    private static final Logger log = LoggerFactory.getLogger(CompletionMessages.class);

    private final TranscodeCompletion completion;
    private final JsonMapper json;

    CompletionMessages(TranscodeCompletion completion, JsonMapper json) {
        this.completion = completion;
        this.json = json;
    }

    /** Handles a message; when this throws, the message must come again. */
    void handle(String messageId, String body) {
        Optional<JsonNode> event = EventMessage.parse(body, json);
        if (event.isEmpty()) {
            log.warn("SQS message {} is no MediaConvert job state-change event; deleted: {}", messageId,
                    body.length() > 200 ? body.substring(0, 200) + "..." : body);
        } else if (completion.accept(event.get()) == TranscodeCompletion.Handled.FOREIGN) {
            JsonNode detail = event.get().path("detail");
            log.info("Event {} ({} of job {}) is about no job of this engine; deleted", event.get().path("id").asString(""),
                    detail.path("status").asString(""), detail.path("jobId").asString(""));
        }
    }
}
