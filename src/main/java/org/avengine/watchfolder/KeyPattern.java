package org.avengine.watchfolder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key pattern such as {@code cars/{entityId}/{file}}: literal text, at most one {@code {entityId}}
 * and a final {@code {file}}, each placeholder standing for one or more characters other than {@code /}.
 */
record KeyPattern(String text, Pattern regex, boolean hasEntity) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    /** Parses the pattern; the message of the exception says what is wrong, without the field name. */
    static KeyPattern parse(String text, String prefixKey) {
        if (!text.startsWith(prefixKey)) {
            throw new IllegalArgumentException("'" + text + "' must start with the prefix's key '" + prefixKey + "'");
        }
        if (!text.endsWith("{file}")) {
            throw new IllegalArgumentException("'" + text + "' must end with {file}");
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        int entities = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(last, m.start())));
            switch (m.group(1)) {
                case "entityId" -> {
                    entities++;
                    regex.append("(?<entity>[^/]+)");
                }
                case "file" -> regex.append(m.end() == text.length() ? "(?<file>[^/]+)" : badFile(text));
                default -> throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "}; use {entityId} and {file}");
            }
            last = m.end();
        }
        if (entities > 1) {
            throw new IllegalArgumentException("'" + text + "' has {entityId} more than once");
        }
        return new KeyPattern(text, Pattern.compile(regex.toString()), entities == 1);
    }

    /** The entity id (null when the pattern has none) and file name of a key that fits, else empty. */
    Optional<Match> match(String key) {
        Matcher m = regex.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Match(hasEntity ? m.group("entity") : null, m.group("file")));
    }

    private static String badFile(String text) {
        throw new IllegalArgumentException("'" + text + "' may have {file} only at its end");
    }

    /** What a key says. */
    record Match(String entity, String file) {
    }
}
