package org.avengine.ui;

import org.avengine.system.NodeList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

/** The nodes of the cluster with their roles, heartbeats and running jobs (administrator only). */
@Controller
class NodesController {

    private final NodeList nodes;

    NodesController(NodeList nodes) {
        this.nodes = nodes;
    }

    @GetMapping("/ui/nodes")
    String nodes(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, Model model) {
        AdminOnlyException.check(viewer);
        model.addAttribute("nodes", nodes.nodes());
        return "ui/nodes";
    }
}
