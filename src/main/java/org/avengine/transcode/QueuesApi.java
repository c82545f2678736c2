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

import software.amazon.awssdk.services.mediaconvert.model.CreateQueueRequest;
import software.amazon.awssdk.services.mediaconvert.model.UpdateQueueRequest;
import tools.jackson.databind.node.ObjectNode;

/** MediaConvert's queue operations, on its REST paths and in its wire format. */
@RestController
@RequestMapping("/2017-08-29/queues")
class QueuesApi {

    private final QueueService queues;
    private final CatalogueResponses responses;

    QueuesApi(QueueService queues, CatalogueResponses responses) {
        this.queues = queues;
        this.responses = responses;
    }

    @PostMapping
    ResponseEntity<ObjectNode> createQueue(HttpServletRequest http) {
        var request = responses.read(WireBodies.body(http), CreateQueueRequest.class);
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.one("queue", queues.create(request)));
    }

    @GetMapping("/{name}")
    ObjectNode getQueue(@PathVariable String name) {
        return responses.one("queue", queues.get(name));
    }

    @GetMapping
    ObjectNode listQueues(@RequestParam(required = false) String listBy,
            @RequestParam(required = false) Integer maxResults,
            @RequestParam(required = false) String nextToken,
            @RequestParam(required = false) String order) {
        var page = queues.list(CatalogueQuery.of(null, listBy, order, maxResults, nextToken));
        return responses.page("queues", page.items(), page.nextToken());
    }

    @PutMapping("/{name}")
    ObjectNode updateQueue(@PathVariable String name, HttpServletRequest http) {
        var request = responses.read(WireBodies.body(http), UpdateQueueRequest.class);
        return responses.one("queue", queues.update(name, request));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<ObjectNode> deleteQueue(@PathVariable String name) {
        queues.delete(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(responses.empty());
    }
}
