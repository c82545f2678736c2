package org.avengine.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.avengine.storage.ObjectRef;
import org.avengine.transcode.Job;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A job's output files for the players on its page, {@code /ui/jobs/{id}/files/{bucket}/{key}}: only
 * files the job recorded (and the segments beside its playlists), of a job the viewer may see.
 */
@RestController
class JobFilesController {

    private final VisibleJobs visible;
    private final StoredFiles files;

    JobFilesController(VisibleJobs visible, StoredFiles files) {
        this.visible = visible;
        this.files = files;
    }

    @GetMapping("/ui/jobs/{id}/files/{bucket}/**")
    ResponseEntity<StreamingResponseBody> file(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id,
            @PathVariable String bucket, HttpServletRequest request) {
        Job job = visible.find(viewer, id);
        ObjectRef ref = refAfter("/ui/jobs/" + id + "/files/" + bucket + "/", bucket, request);
        if (!VisibleJobs.holds(job, ref)) {
            throw new PageNotFoundException("Job " + id + " made no file " + ref);
        }
        return files.serve(ref, request.getHeader(HttpHeaders.RANGE));
    }

    /** The object the rest of the request path names below {@code prefix}; a not-found when it names none. */
    static ObjectRef refAfter(String prefix, String bucket, HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix)) {
            throw new PageNotFoundException("No file at " + uri);
        }
        String key = URLDecoder.decode(uri.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            return new ObjectRef(bucket, key);
        } catch (IllegalArgumentException e) {
            throw new PageNotFoundException("No file " + key);
        }
    }
}
