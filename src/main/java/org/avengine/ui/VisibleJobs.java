package org.avengine.ui;

import java.util.ArrayList;
import java.util.List;

import org.avengine.storage.ObjectRef;
import org.avengine.transcode.Job;
import org.avengine.transcode.JobNotFoundException;
import org.avengine.transcode.JobService;
import org.avengine.transcode.OutputGroupResult;
import org.springframework.stereotype.Component;

/**
 * The jobs a viewer may see (a customer: the jobs of its assets, whose {@code userMetadata.dlcsId}
 * starts with {@code {customer}/}) and the stored files of a job the viewer may fetch.
 */
@Component
class VisibleJobs {

    private final JobService jobs;

    VisibleJobs(JobService jobs) {
        this.jobs = jobs;
    }

    Job find(Viewer viewer, String id) {
        Job job;
        try {
            job = jobs.get(id);
        } catch (JobNotFoundException e) {
            throw new PageNotFoundException("No job " + id);
        }
        String prefix = viewer.user().dlcsIdPrefix();
        if (prefix != null && !job.request().userMetadata().getOrDefault("dlcsId", "").startsWith(prefix)) {
            throw new PageNotFoundException("No job " + id);
        }
        return job;
    }

    /** Whether {@code ref} is one of the job's outputs, or beside one of its playlists (a segment or media playlist). */
    static boolean holds(Job job, ObjectRef ref) {
        String wanted = ref.toString();
        for (String location : locations(job)) {
            if (location.equals(wanted)) {
                return true;
            }
            if (location.endsWith(".m3u8") || location.endsWith(".mpd")) {
                String folder = location.substring(0, location.lastIndexOf('/') + 1);
                if (wanted.startsWith(folder) && wanted.indexOf('/', folder.length()) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every file and playlist the job recorded. */
    static List<String> locations(Job job) {
        List<String> all = new ArrayList<>();
        for (OutputGroupResult group : job.outputGroups()) {
            all.addAll(group.playlistFilePaths());
            group.outputDetails().forEach(o -> all.addAll(o.outputFilePaths()));
        }
        return all;
    }
}
