package org.avengine.engine;

import org.avengine.storage.LocationNotAllowedException;
import org.avengine.storage.Locations;
import org.springframework.stereotype.Component;

/** What a registration must say before anything is saved: an existing space, a time-based media type, an allowed origin. */
@Component
class RegistrationChecks {

    private final Spaces spaces;
    private final Locations locations;

    RegistrationChecks(Spaces spaces, Locations locations) {
        this.spaces = spaces;
        this.locations = locations;
    }

    /** Checks the registration of {@code id}; its family ({@code T} when absent). */
    String check(AssetId id, AssetBody body) {
        spaces.get(id.customer(), id.space());
        checkedMediaType(body.mediaType());
        String family = body.family() == null ? "T" : body.family();
        if (!family.equals("T")) {
            throw new InvalidRequestException("family: only time-based assets (T) are supported, not '" + family + "'");
        }
        checkOrigin(body.origin());
        return family;
    }

    private void checkOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            throw new InvalidRequestException("origin: an asset needs an origin");
        }
        try {
            locations.parse(origin);
        } catch (LocationNotAllowedException e) {
            throw new InvalidRequestException("origin: " + e.getMessage());
        }
    }

    private static void checkedMediaType(String mediaType) {
        if (mediaType == null || !mediaType.matches("(audio|video)/[A-Za-z0-9.+-]+")) {
            throw new InvalidRequestException("mediaType: '" + mediaType + "' is not supported; time-based assets are audio/* or video/*");
        }
    }
}
