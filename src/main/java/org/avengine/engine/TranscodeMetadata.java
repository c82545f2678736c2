package org.avengine.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.avengine.storage.ObjectNotFoundException;
import org.avengine.storage.ObjectStore;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /metadata}: reads the asset's stored job-id blob and asks the transcoder for that job.
 * Blobs of the Elastic Transcoder era ({@code <JobInProgress><ElasticTranscoderJob>...}, XML) name
 * jobs no transcoder answers for any more: those, like a missing blob, are a 404 that says so.
 */
@Component
class TranscodeMetadata {

    private static final int MAX_BLOB = 64 * 1024;

    private final ObjectStore store;
    private final AssetKeys keys;
    private final Transcoder transcoder;
    private final JsonMapper json;

    TranscodeMetadata(ObjectStore store, AssetKeys keys, Transcoder transcoder, JsonMapper json) {
        this.store = store;
        this.keys = keys;
        this.transcoder = transcoder;
        this.json = json;
    }

    JsonNode of(Asset asset) {
        if (!"T".equals(asset.family())) {
            throw new InvalidRequestException("Asset " + asset.id() + " is not time-based (family T); it has no transcode job");
        }
        String blob = blob(asset.id());
        if (blob.stripLeading().startsWith("<")) {
            throw new NotFoundException("Asset " + asset.id() + " was transcoded by Elastic Transcoder; its job is no longer available");
        }
        String jobId = jobId(asset.id(), blob);
        return transcoder.describe(jobId).orElseThrow(
                () -> new NotFoundException("The transcoder no longer knows job " + jobId + " of asset " + asset.id()));
    }

    private String blob(AssetId id) {
        try (InputStream in = store.open(keys.metadata(id), 0, MAX_BLOB)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (ObjectNotFoundException e) {
            throw new NotFoundException("Asset " + id + " has no transcode job");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the job blob of asset " + id + ": " + e, e);
        }
    }

    private String jobId(AssetId id, String blob) {
        try {
            JsonNode node = json.readTree(blob);
            if (!node.hasNonNull("jobId")) {
                throw new NotFoundException("The job blob of asset " + id + " names no job");
            }
            return node.get("jobId").asString();
        } catch (JacksonException e) {
            throw new NotFoundException("The job blob of asset " + id + " is not readable: " + e.getOriginalMessage());
        }
    }
}
