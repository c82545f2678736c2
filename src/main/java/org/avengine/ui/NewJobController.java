package org.avengine.ui;

import java.util.List;
import java.util.Map;

import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.StorageException;
import org.avengine.transcode.TranscodeCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

/** The new-job page (administrator only), its submission, and the store picker it lists objects with. */
@Controller
class NewJobController {

    private static final int MOST_LISTED = 200;

    private final NewJobs newJobs;
    private final TranscodeCatalogue catalogue;
    private final ObjectStore store;
    private final UiProperties properties;

    NewJobController(NewJobs newJobs, TranscodeCatalogue catalogue, ObjectStore store, UiProperties properties) {
        this.newJobs = newJobs;
        this.catalogue = catalogue;
        this.store = store;
        this.properties = properties;
    }

    @GetMapping("/ui/jobs/new")
    String form(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, Model model) {
        AdminOnlyException.check(viewer);
        return show(NewJobForm.empty(), Map.of(), model);
    }

    @PostMapping("/ui/jobs/new")
    String submit(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, NewJobForm form, Model model) {
        AdminOnlyException.check(viewer);
        NewJobs.Outcome outcome = newJobs.submit(form);
        if (outcome.job() != null) {
            return "redirect:/ui/jobs/" + outcome.job().id().value();
        }
        return show(form, outcome.problems(), model);
    }

    @GetMapping("/ui/store")
    String pick(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @RequestParam(defaultValue = "") String location, Model model) {
        AdminOnlyException.check(viewer);
        List<ObjectInfo> objects = List.of();
        String problem = null;
        try {
            objects = store.list(ObjectRef.parse(location.strip())).stream().limit(MOST_LISTED).toList();
        } catch (IllegalArgumentException | StorageException e) {
            problem = "Give a folder of the store as s3://bucket/folder/ (a whole bucket is not listed here): " + e.getMessage();
        }
        model.addAttribute("objects", objects);
        model.addAttribute("problem", problem);
        return "ui/new-job :: picked";
    }

    private String show(NewJobForm form, Map<String, List<String>> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("presets", catalogue.presets().stream().map(p -> p.name()).toList());
        model.addAttribute("templates", catalogue.templates().stream().map(t -> t.name()).toList());
        model.addAttribute("uploadBucket", properties.uploadBucket());
        return "ui/new-job";
    }
}
