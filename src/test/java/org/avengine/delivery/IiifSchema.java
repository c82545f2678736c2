package org.avengine.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The IIIF community's Presentation 3 JSON Schema (shared/fixtures/iiif/iiif_3_0.json), to validate manifests. */
final class IiifSchema {

    private static final List<Path> PLACES = List.of(Path.of("..", "shared", "fixtures", "iiif", "iiif_3_0.json"),
            Path.of("/work/shared/fixtures/iiif/iiif_3_0.json"));

    private IiifSchema() {
    }

    /** The problems the schema finds in a manifest; empty when it is valid. */
    static Set<ValidationMessage> problems(String manifest) {
        Path file = PLACES.stream().filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("The IIIF schema is not beside the project: " + PLACES));
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.readString(file));
            return schema.validate(manifest, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
