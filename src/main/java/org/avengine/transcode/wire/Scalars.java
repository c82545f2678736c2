package org.avengine.transcode.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads and writes the model's scalar types, reporting a wrong JSON type or an out-of-range number. */
final class Scalars {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Scalars() {
    }

    static Object read(JsonNode node, MarshallingKnownType type, String path, Problems problems) {
        return switch (type) {
            case INTEGER -> convert(integral(node, Integer.MIN_VALUE, Integer.MAX_VALUE, path, problems), BigInteger::intValue);
            case LONG -> convert(integral(node, Long.MIN_VALUE, Long.MAX_VALUE, path, problems), BigInteger::longValue);
            case SHORT -> convert(integral(node, Short.MIN_VALUE, Short.MAX_VALUE, path, problems), BigInteger::shortValue);
            case BYTE -> convert(integral(node, Byte.MIN_VALUE, Byte.MAX_VALUE, path, problems), BigInteger::byteValue);
            case DOUBLE -> convert(floating(node, Double.MAX_VALUE, path, problems), BigDecimal::doubleValue);
            case FLOAT -> convert(floating(node, Float.MAX_VALUE, path, problems), BigDecimal::floatValue);
            case BIG_DECIMAL -> decimal(node, "a number", path, problems);
            case BOOLEAN -> bool(node, path, problems);
            case INSTANT -> Timestamps.read(node, path, problems);
            case SDK_BYTES -> bytes(node, path, problems);
            default -> throw new IllegalStateException("Not a scalar type: " + type);
        };
    }

    static JsonNode write(Object value, MarshallingKnownType type) {
        return switch (type) {
            case STRING -> NODES.stringNode((String) value);
            case INTEGER, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL -> number((Number) value);
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case INSTANT -> Timestamps.write((Instant) value);
            case SDK_BYTES -> NODES.stringNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
            default -> throw new IllegalStateException("Not a scalar type: " + type);
        };
    }

    private static BigInteger integral(JsonNode node, long min, long max, String path, Problems problems) {
        BigDecimal number = decimal(node, "an integer", path, problems);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problems.wrongType(path, "an integer", node);
            return null;
        }
        BigInteger integer = number.toBigInteger();
        if (integer.compareTo(BigInteger.valueOf(min)) < 0 || integer.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add(path, Problems.describe(node) + " is out of range (" + min + " to " + max + ")");
            return null;
        }
        return integer;
    }

    private static BigDecimal floating(JsonNode node, double max, String path, Problems problems) {
        BigDecimal number = decimal(node, "a number", path, problems);
        if (number != null && number.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(path, Problems.describe(node) + " is out of range");
            return null;
        }
        return number;
    }

    private static BigDecimal decimal(JsonNode node, String expected, String path, Problems problems) {
        if (!node.isNumber()) {
            problems.wrongType(path, expected, node);
            return null;
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            problems.add(path, Problems.describe(node) + " is out of range");
            return null;
        }
        return node.decimalValue();
    }

    private static Boolean bool(JsonNode node, String path, Problems problems) {
        if (!node.isBoolean()) {
            problems.wrongType(path, "a boolean", node);
            return null;
        }
        return node.booleanValue();
    }

    private static SdkBytes bytes(JsonNode node, String path, Problems problems) {
        if (!node.isString()) {
            problems.wrongType(path, "base64 text", node);
            return null;
        }
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(node.stringValue()));
        } catch (IllegalArgumentException e) {
            problems.add(path, "not valid base64: " + e.getMessage());
            return null;
        }
    }

    private static JsonNode number(Number value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(value.intValue());
        }
        if (value instanceof Long longValue) {
            return NODES.numberNode(longValue);
        }
        if (value instanceof Float floatValue) {
            return NODES.numberNode(floatValue);
        }
        return value instanceof BigDecimal decimal ? NODES.numberNode(decimal) : NODES.numberNode(value.doubleValue());
    }

    private static <T, R> R convert(T value, Function<T, R> conversion) {
        return value == null ? null : conversion.apply(value);
    }
}
