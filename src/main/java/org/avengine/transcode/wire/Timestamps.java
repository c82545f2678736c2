package org.avengine.transcode.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Timestamps as MediaConvert's restJson protocol carries them in payloads: epoch seconds, with a
 * fraction when there is one. Readers also take ISO-8601 strings, which people write by hand.
 */
final class Timestamps {

    private static final int NANO_DIGITS = 9;

    private Timestamps() {
    }

    static Instant read(JsonNode node, String path, Problems problems) {
        try {
            if (node.isNumber()) {
                return fromEpochSeconds(node.decimalValue());
            }
            if (node.isString()) {
                return Instant.parse(node.stringValue());
            }
        } catch (DateTimeException | ArithmeticException e) {
            problems.add(path, "not a valid timestamp: " + Problems.describe(node));
            return null;
        }
        problems.wrongType(path, "epoch seconds or an ISO-8601 timestamp", node);
        return null;
    }

    static JsonNode write(Instant instant) {
        if (instant.getNano() == 0) {
            return JsonNodeFactory.instance.numberNode(instant.getEpochSecond());
        }
        BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), NANO_DIGITS));
        return JsonNodeFactory.instance.numberNode(seconds.stripTrailingZeros());
    }

    private static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(NANO_DIGITS).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
}
