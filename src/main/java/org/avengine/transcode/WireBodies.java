package org.avengine.transcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading request bodies and query parameters of the transcode API, with errors that name the field. */
final class WireBodies {

    static final int MAX_RESULTS_LIMIT = 20;
    static final int DEFAULT_MAX_RESULTS = 10;

    private WireBodies() {
    }

    /** The raw request body, whatever content type the client declared (the AWS CLI and curl differ). */
    static String body(HttpServletRequest request) {
        try {
            return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRequestException("The request body could not be read: " + e.getMessage());
        }
    }

    static JsonNode parse(JsonMapper json, String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("The request body is empty; expected a JSON object");
        }
        try {
            JsonNode node = json.readTree(body);
            if (!node.isObject()) {
                throw new InvalidRequestException("The request body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidRequestException("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidRequestException(name + ": '" + value + "' is not one of " + allowed);
        }
    }

    static String oneOf(String name, String value, String... allowed) {
        if (value == null || value.isEmpty() || Arrays.asList(allowed).contains(value)) {
            return value;
        }
        throw new InvalidRequestException(name + ": '" + value + "' is not one of " + String.join(", ", allowed));
    }

    static int maxResults(Integer value) {
        if (value == null) {
            return DEFAULT_MAX_RESULTS;
        }
        if (value < 1 || value > MAX_RESULTS_LIMIT) {
            throw new InvalidRequestException("maxResults: must be between 1 and " + MAX_RESULTS_LIMIT + ", was " + value);
        }
        return value;
    }
}
