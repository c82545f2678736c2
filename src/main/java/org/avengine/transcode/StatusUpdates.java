package org.avengine.transcode;

import java.time.Duration;

/** How often a running job sends STATUS_UPDATE events: its {@code statusUpdateInterval}, one minute by default. */
final class StatusUpdates {

    private StatusUpdates() {
    }

    static Duration interval(Job job) {
        String value = job.request().statusUpdateIntervalAsString();
        if (value == null || !value.startsWith("SECONDS_")) {
            return Duration.ofSeconds(60);
        }
        return Duration.ofSeconds(Long.parseLong(value.substring("SECONDS_".length())));
    }
}
