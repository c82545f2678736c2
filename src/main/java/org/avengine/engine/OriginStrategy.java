package org.avengine.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A customer's way of fetching some origins: those whose URL the regex finds a match in are fetched
 * with HTTP Basic credentials. The password never leaves the engine but in that header.
 *
 * @param strategy always {@link #BASIC}: DLCS's {@code basic-http-authentication}
 * @param order strategies are tried by this, then by id; the first match wins
 */
record OriginStrategy(int id, int customer, String regex, String strategy, String user, String password, int order) {

    static final String BASIC = "basic-http-authentication";

    boolean matches(String origin) {
        return Pattern.compile(regex).matcher(origin).find();
    }

    /** The request headers that carry the credentials. */
    Map<String, String> httpHeaders() {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Map.of("Authorization", "Basic " + token);
    }

    /** As the API shows it: the credentials masked. */
    View view() {
        return new View(id, regex, strategy, "xxx", order, false);
    }

    /** An origin strategy in DLCS's shape, its credentials replaced by {@code xxx}. */
    record View(int id, String regex, String strategy, String credentials, int order, boolean optimised) {
    }
}
