package org.avengine.transcode;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A job's id, in MediaConvert's form: creation time in epoch milliseconds, a dash, six characters. */
public record JobId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{13}-[a-z0-9]{6}");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    static JobId newId(Instant now) {
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new JobId(String.format("%013d-%s", now.toEpochMilli(), suffix));
    }

    /** Whether a string has the shape of a job id; anything else cannot name a job. */
    static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
