package org.avengine.transcode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A List{Presets,JobTemplates,Queues} request: category filter, sort key ({@code listBy} NAME,
 * CREATION_DATE or SYSTEM), order, page size and the position the page starts at.
 *
 * @param offset how many entries earlier pages held
 */
record CatalogueQuery(String category, String listBy, boolean ascending, int maxResults, int offset) {

    private static final String TOKEN_PREFIX = "offset:";

    static CatalogueQuery of(String category, String listBy, String order, Integer maxResults, String nextToken) {
        String by = WireBodies.oneOf("listBy", listBy, "NAME", "CREATION_DATE", "SYSTEM");
        String direction = WireBodies.oneOf("order", order, "ASCENDING", "DESCENDING");
        return new CatalogueQuery(category == null || category.isEmpty() ? null : category,
                by == null || by.isEmpty() ? "NAME" : by, !"DESCENDING".equals(direction),
                WireBodies.maxResults(maxResults), offset(nextToken));
    }

    /** Sorts, filters and cuts one page out of all entries. */
    <T> Page<T> page(List<T> all, Function<T, Entry> describe) {
        Comparator<T> order = Comparator.comparing(item -> describe.apply(item), comparator());
        List<T> sorted = all.stream()
                .filter(item -> category == null || category.equals(describe.apply(item).category()))
                .sorted(ascending ? order : order.reversed())
                .toList();
        int from = Math.min(offset, sorted.size());
        int to = Math.min(from + maxResults, sorted.size());
        String next = to < sorted.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + to).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(sorted.subList(from, to), next);
    }

    private Comparator<Entry> comparator() {
        Comparator<Entry> byName = Comparator.comparing(Entry::name);
        return switch (listBy) {
            case "CREATION_DATE" -> Comparator.comparing(Entry::createdAtMillis).thenComparing(byName);
            case "SYSTEM" -> Comparator.comparing((Entry e) -> !e.system()).thenComparing(byName);
            default -> byName;
        };
    }

    private static int offset(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                return Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("nextToken: not a token this service issued");
        }
        throw new InvalidRequestException("nextToken: not a token this service issued");
    }

    /** What a listing sorts and filters by. */
    record Entry(String name, String category, long createdAtMillis, boolean system) {
    }

    /** One page of entries and the token of the next, if any. */
    record Page<T>(List<T> items, String nextToken) {
    }
}
