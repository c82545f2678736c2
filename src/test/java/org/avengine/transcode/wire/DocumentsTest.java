package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.document.Document;
import tools.jackson.databind.JsonNode;

class DocumentsTest {

    @Test
    void keepsFreeFormJsonAsADocumentAndWritesItBack() {
        JsonNode json = Fixtures.JSON.readTree("""
                {"name": "car 123", "size": 12.5, "count": 3, "tags": ["a", true, null], "nested": {"x": {}}}""");

        Document document = Documents.fromJson(json);

        assertThat(document.asMap().get("tags").asList()).hasSize(3);
        assertThat(document.asMap().get("count").asNumber().intValue()).isEqualTo(3);
        assertThat(Fixtures.JSON.writeValueAsString(Documents.toJson(document)))
                .isEqualTo("{\"name\":\"car 123\",\"size\":12.5,\"count\":3,\"tags\":[\"a\",true,null],\"nested\":{\"x\":{}}}");
    }
}
