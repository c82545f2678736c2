package org.avengine.ui;

import java.util.List;

/**
 * The new-job form: an input and a destination with presets or a job template, or a whole job file.
 *
 * @param input the input's location, {@code s3://...} (an upload fills it in)
 * @param destination where the outputs go, {@code s3://bucket/prefix/name}
 * @param presets the presets to make outputs with, one output each
 * @param template a job template to lay the job over
 * @param job a job file (PascalCase or camelCase JSON); when given it is the job, and {@code input}
 *     only fills in its first input where the file leaves it empty
 */
record NewJobForm(String input, String destination, List<String> presets, String template, String job) {

    NewJobForm {
        presets = presets == null ? List.of() : List.copyOf(presets);
    }

    static NewJobForm empty() {
        return new NewJobForm("", "", List.of(), "", "");
    }

    public boolean hasJobFile() {
        return job != null && !job.isBlank();
    }
}
