package org.avengine.transcode;

import org.avengine.system.AvengineProperties;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** DescribeEndpoints: the URL clients should use, which is avengine's own. */
@RestController
class EndpointsApi {

    private final AvengineProperties properties;
    private final JsonMapper json;

    EndpointsApi(AvengineProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @PostMapping("/2017-08-29/endpoints")
    ObjectNode describeEndpoints() {
        String url = properties.publicUrl() != null && !properties.publicUrl().isBlank()
                ? properties.publicUrl()
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ObjectNode result = json.createObjectNode();
        result.putArray("endpoints").addObject().put("url", url);
        return result;
    }
}
