package org.avengine.transcode.wire;

import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between MediaConvert's JSON and the AWS SDK's MediaConvert model objects, which serve as
 * the schema: every field and enum value of the service is known, and anything else is rejected with
 * its path. Thread-safe; what it learns about each model class by reflection is kept.
 */
@Component
public class SdkJson {

    private final Shapes shapes = new Shapes();
    private final ModelWriter writer = new ModelWriter(shapes);

    /**
     * Reads a JSON object into a model object such as {@code CreateJobRequest} or {@code JobSettings}.
     * Keys may be wire names ({@code outputGroups}) or member names ({@code OutputGroups}), each key
     * either way; members carried in the URI or headers are not read.
     *
     * @param path where {@code json} sits in the request, prefixed to problem paths ("" for the body)
     * @throws InvalidFieldException listing every unknown field, wrong type and unknown enum value
     */
    public <T extends SdkPojo> T read(JsonNode json, Class<T> modelClass, String path) {
        Problems problems = new Problems();
        SdkPojo pojo = new ModelReader(shapes, problems).readObject(json, shapes.of(modelClass), path);
        problems.throwIfAny();
        return modelClass.cast(pojo);
    }

    /** Reads a request body or other document that stands at the root. */
    public <T extends SdkPojo> T read(JsonNode json, Class<T> modelClass) {
        return read(json, modelClass, "");
    }

    /**
     * Reads a job file as users keep them: the PascalCase JSON of the console's "job JSON" and of
     * {@code aws mediaconvert create-job --cli-input-json}, camelCase accepted as well.
     */
    public CreateJobRequest readJobFile(JsonNode jobFile) {
        return read(jobFile, CreateJobRequest.class, "");
    }

    /** Writes a model object as wire JSON: camelCase names, enums as strings, timestamps as epoch seconds. */
    public ObjectNode write(SdkPojo pojo) {
        return writer.writeObject(pojo);
    }
}
