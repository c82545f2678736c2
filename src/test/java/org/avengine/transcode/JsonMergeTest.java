package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Laying an output over its preset, or a job over its template. */
class JsonMergeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mergesObjectsMemberByMemberAndArraysElementByElementWithTheUpperValuesWinning() {
        ObjectNode below = object("""
                {"videoDescription": {"width": 1280, "height": 720, "codecSettings": {"codec": "H_264"}},
                 "audioDescriptions": [{"codecSettings": {"codec": "AAC", "aacSettings": {"bitrate": 96000}}}],
                 "containerSettings": {"container": "MP4"}}""");
        ObjectNode above = object("""
                {"videoDescription": {"width": 640, "height": 360},
                 "audioDescriptions": [{"codecSettings": {"aacSettings": {"bitrate": 64000}}}, {"audioSourceName": "b"}],
                 "nameModifier": "_small"}""");

        assertThat(JsonMerge.over(below, above)).isEqualTo(object("""
                {"videoDescription": {"width": 640, "height": 360, "codecSettings": {"codec": "H_264"}},
                 "audioDescriptions": [{"codecSettings": {"codec": "AAC", "aacSettings": {"bitrate": 64000}}},
                                       {"audioSourceName": "b"}],
                 "containerSettings": {"container": "MP4"}, "nameModifier": "_small"}"""));
        assertThat(below.at("/videoDescription/width").asInt()).as("the layers are left as they were").isEqualTo(1280);
    }

    private ObjectNode object(String text) {
        return (ObjectNode) json.readTree(text);
    }
}
