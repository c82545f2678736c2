package org.avengine.system;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /nodes} (an avengine extension): the {@link NodeList} as JSON. */
@RestController
class NodesApi {

    private final NodeList nodes;

    NodesApi(NodeList nodes) {
        this.nodes = nodes;
    }

    @GetMapping(path = "/nodes", produces = "application/json")
    Map<String, List<NodeList.NodeView>> nodes() {
        return Map.of("nodes", nodes.nodes());
    }
}
