package org.avengine.ui;

import java.util.Set;

import org.avengine.transcode.Job;
import org.avengine.transcode.JobService;
import org.avengine.transcode.JobStatus;
import org.avengine.transcode.JobSubmissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

/** A job's page, its live status panel, cancel and run-again. */
@Controller
class JobPageController {

    private static final Set<JobStatus> FINAL = Set.of(JobStatus.COMPLETE, JobStatus.ERROR, JobStatus.CANCELED);

    private final VisibleJobs visible;
    private final JobDetails details;
    private final JobService jobs;
    private final JobSubmissions submissions;

    JobPageController(VisibleJobs visible, JobDetails details, JobService jobs, JobSubmissions submissions) {
        this.visible = visible;
        this.details = details;
        this.jobs = jobs;
        this.submissions = submissions;
    }

    @GetMapping("/ui/jobs/{id:[0-9]{13}-[a-z0-9]{6}}")
    String page(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("d", details.of(visible.find(viewer, id)));
        return "ui/job";
    }

    @GetMapping("/ui/jobs/{id}/status")
    String status(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Job job = visible.find(viewer, id);
        if (FINAL.contains(job.status())) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("d", details.of(job));
        return "ui/job :: status";
    }

    @PostMapping("/ui/jobs/{id}/cancel")
    String cancel(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id) {
        jobs.cancel(visible.find(viewer, id).id().value());
        return "redirect:/ui/jobs/" + id;
    }

    @PostMapping("/ui/jobs/{id}/rerun")
    String rerun(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id) {
        AdminOnlyException.check(viewer);
        return "redirect:/ui/jobs/" + submissions.rerun(visible.find(viewer, id).id().value()).id().value();
    }
}
