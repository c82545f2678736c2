package org.avengine.watchfolder;

import java.util.LinkedHashMap;
import java.util.Map;

import org.avengine.engine.AssetId;
import org.avengine.engine.AssetIntake;
import org.avengine.engine.AssetOrder;
import org.avengine.transcode.JobService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

/**
 * Starts the work of a claimed file: registers its asset, or creates its job from the rule's template
 * or from the file itself. Repeating a start (a node stopped half-way) registers the same asset id or
 * returns the same job, since both are derived from the item's id.
 */
@Component
class ItemStart {

    private static final Logger log = LoggerFactory.getLogger(ItemStart.class);

    private final WatchItems items;
    private final AssetIntake intake;
    private final JobService jobs;
    private final JobFileStart jobFiles;

    ItemStart(WatchItems items, AssetIntake intake, JobService jobs, JobFileStart jobFiles) {
        this.items = items;
        this.intake = intake;
        this.jobs = jobs;
        this.jobFiles = jobFiles;
    }

    void start(WatchRule rule, WatchItem item) {
        try {
            switch (rule.kind()) {
                case ASSET -> startAsset(rule, item);
                case TEMPLATE -> items.submitted(item.id(), jobs.create(templateJob(rule, item)).id().value());
                case JOB_FILE -> items.submitted(item.id(), jobFiles.submit(item, metadata(item)));
            }
            log.info("Watch folder: {} taken by rule {} ({})", item.ref(), rule.name(), rule.kind());
        } catch (JobFileStart.InvalidJobFileException e) {
            fail(item, "INVALID_JOB_FILE", e.getMessage());
        } catch (NotMediaException e) {
            fail(item, "NOT_MEDIA", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Watch folder: {} could not be started", item.ref(), e);
            fail(item, "REJECTED", e.getMessage());
        }
    }

    private void startAsset(WatchRule rule, WatchItem item) {
        String file = item.ref().fileName();
        String mediaType = rule.body().mediaType() != null ? rule.body().mediaType() : MediaTypes.of(file).orElseThrow(
                () -> new NotMediaException("not media: '" + file + "' is not audio or video by its name; give the rule a"
                        + " mediaType to take every file"));
        AssetId id = new AssetId(rule.customer(), rule.body().space(), assetName(item));
        items.assetChosen(item.id(), id.path());
        intake.register(id, new AssetOrder(item.ref().toString(), mediaType, rule.body().policy(), item.entity(),
                title(file)));
        items.submitted(item.id(), null);
    }

    /** The file's name without its extension, as the asset's title: {@code red-hatchback.mp4} is "red-hatchback". */
    private static String title(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private CreateJobRequest templateJob(WatchRule rule, WatchItem item) {
        return CreateJobRequest.builder().jobTemplate(rule.body().jobTemplate())
                .settings(JobSettings.builder().inputs(Input.builder().fileInput(item.ref().toString()).build()).build())
                .userMetadata(metadata(item)).clientRequestToken(item.id()).build();
    }

    /** The asset id: the file's name without extension, made safe, and part of the item id for the version. */
    static String assetName(WatchItem item) {
        String file = item.ref().fileName();
        int dot = file.lastIndexOf('.');
        String stem = (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9._~-]", "_");
        stem = stem.length() > 100 ? stem.substring(0, 100) : stem;
        return (stem.matches("[A-Za-z0-9].*") ? stem : "f" + stem) + "-" + item.id().substring(0, 12);
    }

    private static Map<String, String> metadata(WatchItem item) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ItemOutcomes.WATCH_ITEM, item.id());
        metadata.put("watchRule", item.rule());
        metadata.put("watchKey", item.ref().toString());
        if (item.entity() != null) {
            metadata.put("entity", item.entity());
        }
        return metadata;
    }

    private void fail(WatchItem item, String reason, String message) {
        items.end(item.id(), WatchItems.Ending.failed(reason, null, message));
    }

    /** The file is not audio or video. */
    static class NotMediaException extends RuntimeException {
        NotMediaException(String message) {
            super(message);
        }
    }
}
