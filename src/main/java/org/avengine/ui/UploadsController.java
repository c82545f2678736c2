package org.avengine.ui;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.SessionAttribute;

/**
 * Resumable uploads for the new-job page: {@code POST /ui/uploads?name&size} starts one,
 * {@code PUT /ui/uploads/{id}?offset=N} with the bytes from N appends a chunk, {@code GET} tells
 * where an upload stands (to go on after a failure). The last chunk answers with the stored location.
 */
@RestController
class UploadsController {

    private final Uploads uploads;

    UploadsController(Uploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping("/ui/uploads")
    @ResponseStatus(HttpStatus.CREATED)
    Uploads.Progress start(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @RequestParam String name,
            @RequestParam long size) throws IOException {
        AdminOnlyException.check(viewer);
        return uploads.start(name, size);
    }

    @GetMapping("/ui/uploads/{id}")
    Uploads.Progress status(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id) throws IOException {
        AdminOnlyException.check(viewer);
        return uploads.status(id);
    }

    @PutMapping("/ui/uploads/{id}")
    Uploads.Progress append(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable String id,
            @RequestParam long offset, HttpServletRequest request) throws IOException {
        AdminOnlyException.check(viewer);
        return uploads.append(id, offset, request.getInputStream());
    }
}
