package org.avengine.transcode;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobTemplateRequest;
import software.amazon.awssdk.services.mediaconvert.model.UpdateJobTemplateRequest;
import tools.jackson.databind.node.ObjectNode;

/** MediaConvert's job template operations, on its REST paths and in its wire format. */
@RestController
@RequestMapping("/2017-08-29/jobTemplates")
class JobTemplatesApi {

    private final JobTemplateService templates;
    private final CatalogueResponses responses;

    JobTemplatesApi(JobTemplateService templates, CatalogueResponses responses) {
        this.templates = templates;
        this.responses = responses;
    }

    @PostMapping
    ResponseEntity<ObjectNode> createJobTemplate(HttpServletRequest http) {
        var request = responses.read(WireBodies.body(http), CreateJobTemplateRequest.class);
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.one("jobTemplate", templates.create(request)));
    }

    @GetMapping("/{name}")
    ObjectNode getJobTemplate(@PathVariable String name) {
        return responses.one("jobTemplate", templates.get(name));
    }

    @GetMapping
    ObjectNode listJobTemplates(@RequestParam(required = false) String category,
            @RequestParam(required = false) String listBy,
            @RequestParam(required = false) Integer maxResults,
            @RequestParam(required = false) String nextToken,
            @RequestParam(required = false) String order) {
        var page = templates.list(CatalogueQuery.of(category, listBy, order, maxResults, nextToken));
        return responses.page("jobTemplates", page.items(), page.nextToken());
    }

    @PutMapping("/{name}")
    ObjectNode updateJobTemplate(@PathVariable String name, HttpServletRequest http) {
        var request = responses.read(WireBodies.body(http), UpdateJobTemplateRequest.class);
        return responses.one("jobTemplate", templates.update(name, request));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<ObjectNode> deleteJobTemplate(@PathVariable String name) {
        templates.delete(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(responses.empty());
    }
}
