package org.avengine.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avengine.transcode.InvalidRequestException;
import org.avengine.transcode.Job;
import org.avengine.transcode.JobService;
import org.avengine.transcode.JobSubmissions;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

/**
 * Makes the job a {@link NewJobForm} describes, or says what is wrong field by field: each problem
 * goes to the form field it is about ({@code input}, {@code destination}, {@code presets},
 * {@code template}, or {@code job} for the job file, with the path inside it).
 */
@Component
class NewJobs {

    private final JobSubmissions submissions;
    private final JobService jobs;
    private final PresetOutputGroups groups;

    NewJobs(JobSubmissions submissions, JobService jobs, PresetOutputGroups groups) {
        this.submissions = submissions;
        this.jobs = jobs;
        this.groups = groups;
    }

    /** The job made, or the problems by field. */
    record Outcome(Job job, Map<String, List<String>> problems) {
    }

    Outcome submit(NewJobForm form) {
        try {
            return new Outcome(jobs.create(request(form)), Map.of());
        } catch (InvalidRequestException e) {
            return new Outcome(null, byField(e.problems(), form.hasJobFile()));
        }
    }

    private CreateJobRequest request(NewJobForm form) {
        if (form.hasJobFile()) {
            CreateJobRequest request = submissions.read(form.job());
            return blank(form.input()) ? request : withInput(request, form.input().strip());
        }
        List<String> problems = new ArrayList<>();
        if (blank(form.input())) {
            problems.add("input: upload a file or pick one from the store");
        }
        if (blank(form.destination())) {
            problems.add("destination: say where the outputs go, s3://bucket/folder/name");
        }
        if (form.presets().isEmpty() && blank(form.template())) {
            problems.add("presets: choose at least one preset, or a job template");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        JobSettings.Builder settings = JobSettings.builder().inputs(Input.builder().fileInput(form.input().strip()).build());
        if (!form.presets().isEmpty()) {
            settings.outputGroups(groups.forPresets(form.presets(), form.destination().strip()));
        }
        return CreateJobRequest.builder().settings(settings.build())
                .jobTemplate(blank(form.template()) ? null : form.template()).build();
    }

    private static CreateJobRequest withInput(CreateJobRequest request, String input) {
        JobSettings settings = request.settings() == null ? JobSettings.builder().build() : request.settings();
        List<Input> inputs = new ArrayList<>(settings.inputs());
        if (inputs.isEmpty()) {
            inputs.add(Input.builder().fileInput(input).build());
        } else if (blank(inputs.get(0).fileInput())) {
            inputs.set(0, inputs.get(0).toBuilder().fileInput(input).build());
        }
        return request.toBuilder().settings(settings.toBuilder().inputs(inputs).build()).build();
    }

    static Map<String, List<String>> byField(List<String> problems, boolean jobFile) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String problem : problems) {
            String field = jobFile ? "job" : fieldOf(problem);
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
        }
        return fields;
    }

    private static String fieldOf(String problem) {
        for (String field : List.of("input", "destination", "presets", "template")) {
            if (problem.startsWith(field + ":")) {
                return field;
            }
        }
        if (problem.startsWith("settings.inputs")) {
            return "input";
        }
        if (problem.startsWith("jobTemplate")) {
            return "template";
        }
        return problem.contains("destination") ? "destination" : problem.contains("preset") ? "presets" : "form";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
