package org.avengine.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * One job as the list shows it.
 *
 * @param name what the job is about: its user metadata's title or dlcsId, else its input's file name
 * @param percent 0–100, null before it started
 * @param speed the encoding speed as a multiple of real time while it runs, else null
 * @param eta the time left judged from the progress so far, while it runs, else null
 */
record JobRow(String id, String status, String phase, String queue, String name, Integer percent, Double speed,
        Duration eta, Instant created, Instant finished, Integer errorCode) {

    public boolean running() {
        return "PROGRESSING".equals(status) || "SUBMITTED".equals(status);
    }

    public String speedText() {
        return speed == null ? "" : String.format(java.util.Locale.ROOT, "%.1f×", speed);
    }

    public String etaText() {
        if (eta == null) {
            return "";
        }
        long s = eta.toSeconds();
        return s >= 3600 ? "%d h %02d min".formatted(s / 3600, s % 3600 / 60) : s >= 60 ? "%d min %02d s".formatted(s / 60, s % 60) : s + " s";
    }

    /** The ETA of a job {@code percent} % done after running since {@code started}. */
    static Duration eta(Instant started, Integer percent, Instant now) {
        if (started == null || percent == null || percent <= 0 || percent >= 100) {
            return null;
        }
        long elapsed = Duration.between(started, now).toMillis();
        return Duration.ofMillis(elapsed * (100 - percent) / percent);
    }
}
