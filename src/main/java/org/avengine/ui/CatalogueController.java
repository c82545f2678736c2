package org.avengine.ui;

import org.avengine.transcode.TranscodeCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

/** Presets (system and custom), job templates, and queues with pause and resume (administrator only). */
@Controller
class CatalogueController {

    private final TranscodeCatalogue catalogue;

    CatalogueController(TranscodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/ui/presets")
    String presets(Model model) {
        model.addAttribute("presets", catalogue.presets());
        return "ui/presets";
    }

    @GetMapping("/ui/templates")
    String templates(Model model) {
        model.addAttribute("templates", catalogue.templates());
        return "ui/templates";
    }

    @GetMapping("/ui/queues")
    String queues(Model model) {
        model.addAttribute("queues", catalogue.queues());
        return "ui/queues";
    }

    @PostMapping("/ui/queues/{name}")
    String pause(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String name, @RequestParam boolean paused) {
        AdminOnlyException.check(viewer);
        catalogue.setPaused(name, paused);
        return "redirect:/ui/queues";
    }
}
