package org.avengine.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.avengine.transcode.JobStatus;

/**
 * The job list's filters as the form sends them; blank means any.
 *
 * @param from the first day, {@code yyyy-MM-dd}, in the viewer's time zone
 * @param to the last day, included
 * @param q a job id, or text in the jobs' user metadata
 * @param tz the viewer's time zone (IANA name) that the page's script fills in; UTC when absent
 */
record JobsQuery(String status, String queue, String from, String to, String q, String tz) {

    JobStatus statusValue() {
        try {
            return blank(status) ? null : JobStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String queueValue() {
        return blank(queue) ? null : queue.strip();
    }

    Instant fromInstant() {
        LocalDate day = day(from);
        return day == null ? null : day.atStartOfDay(zone()).toInstant();
    }

    Instant beforeInstant() {
        LocalDate day = day(to);
        return day == null ? null : day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The query string that repeats these filters (for the live stream). */
    String queryString() {
        return "status=" + enc(status) + "&queue=" + enc(queue) + "&from=" + enc(from) + "&to=" + enc(to)
                + "&q=" + enc(q) + "&tz=" + enc(tz);
    }

    private ZoneId zone() {
        try {
            return blank(tz) ? ZoneOffset.UTC : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static LocalDate day(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String enc(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
