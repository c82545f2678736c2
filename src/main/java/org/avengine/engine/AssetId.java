package org.avengine.engine;

import java.util.regex.Pattern;

/**
 * An asset's identity: customer, space and the customer's own id (1 to 220 letters, digits and
 * {@code . _ ~ -}, starting with a letter or digit), so that {@code {c}/{s}/{id}} is a safe key prefix.
 */
public record AssetId(int customer, int space, String id) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,219}");

    public AssetId {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidRequestException("id: '" + id + "' is not a valid asset id; use 1 to 220 letters, digits"
                    + " and . _ ~ -, starting with a letter or digit");
        }
    }

    /** {@code {c}/{s}/{id}}: the prefix of every stored object of the asset, and its DLCS id. */
    public String path() {
        return customer + "/" + space + "/" + id;
    }

    /** Whether {@code text} is a {@code {c}/{s}/{id}} this engine could have written. */
    static boolean isDlcsId(String text) {
        return text != null && text.matches("[0-9]{1,9}/[0-9]{1,9}/[A-Za-z0-9][A-Za-z0-9._~-]{0,219}");
    }

    static AssetId parse(String dlcsId) {
        String[] parts = dlcsId.split("/", 3);
        return new AssetId(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
    }

    @Override
    public String toString() {
        return path();
    }
}
