package org.avengine.engine;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Batches: {@code POST /customers/{c}/queue} with {@code {member: [...]}}, and their progress. */
@RestController
class BatchesApi {

    private final BatchRegistration registration;
    private final Batches batches;
    BatchesApi(BatchRegistration registration, Batches batches) {
        this.registration = registration;
        this.batches = batches;
    }

    @PostMapping("/customers/{customer}/queue")
    @ResponseStatus(HttpStatus.CREATED)
    Batch queue(@PathVariable int customer, @RequestBody Members body) {
        var result = registration.register(customer, body.member());
        return batches.get(customer, result.batch());
    }

    @GetMapping("/customers/{customer}/queue/batches/{batch}")
    Batch batch(@PathVariable int customer, @PathVariable int batch) {
        return batches.get(customer, batch);
    }

    record Members(List<AssetBody> member) {
    }
}
