package org.avengine.ui;

import org.avengine.transcode.TranscodeCatalogue;
import org.avengine.transcode.JobStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The job list with its filters, its table body for htmx, and its live stream. */
@Controller
class JobsController {

    private final JobRows rows;
    private final JobFeed feed;
    private final TranscodeCatalogue catalogue;

    JobsController(JobRows rows, JobFeed feed, TranscodeCatalogue catalogue) {
        this.rows = rows;
        this.feed = feed;
        this.catalogue = catalogue;
    }

    @GetMapping("/ui/jobs")
    String list(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, JobsQuery query, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("rows", rows.find(viewer, query));
        model.addAttribute("statuses", JobStatus.values());
        model.addAttribute("queues", catalogue.queues().stream().map(q -> q.name()).toList());
        model.addAttribute("stream", "/ui/jobs/stream?" + query.queryString());
        return "ui/jobs";
    }

    @GetMapping("/ui/jobs/rows")
    String rows(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, JobsQuery query, Model model) {
        model.addAttribute("rows", rows.find(viewer, query));
        return "ui/jobs :: rows";
    }

    @GetMapping("/ui/jobs/stream")
    SseEmitter stream(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, JobsQuery query) {
        return feed.subscribe(viewer, query);
    }
}
