package org.avengine.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.avengine.engine.AssetId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed URLs for the assets of private spaces: {@code ?exp={epoch seconds}&sig={HMAC-SHA256}} over
 * the asset's delivery folder {@code /iiif-av/{c}/{s}/{id}/} and the expiry, so that one signature
 * opens every file of the asset (an HLS ladder's playlists and segments) until it expires, and no
 * file of any other asset. Altering the path, the expiry or the signature breaks it.
 */
@Component
class UrlSigner {

    private static final Logger log = LoggerFactory.getLogger(UrlSigner.class);

    private final byte[] key;
    private final DeliveryProperties.Signing settings;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    UrlSigner(DeliveryProperties properties) {
        this(properties.signing(), Clock.systemUTC());
    }

    UrlSigner(DeliveryProperties.Signing settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        if (settings.key() == null || settings.key().isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
            log.warn("avengine.delivery.signing.key is not set: signed URLs use a random key and stop working when this node restarts");
        } else {
            this.key = settings.key().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code path} with a signature valid for the configured validity. */
    String sign(AssetId asset, String path) {
        long expires = clock.instant().plus(settings.validity()).getEpochSecond();
        return path + "?exp=" + expires + "&sig=" + signature(asset, expires);
    }

    /** The query that signs every file of the asset until {@code expires}. */
    String query(AssetId asset, long expires) {
        return "exp=" + expires + "&sig=" + signature(asset, expires);
    }

    /** Whether {@code sig} signs the asset's folder until {@code exp}, and {@code exp} has not passed. */
    boolean verifies(AssetId asset, String exp, String sig) {
        if (exp == null || sig == null || !exp.matches("\\d{1,12}")) {
            return false;
        }
        long expires = Long.parseLong(exp);
        boolean genuine = MessageDigest.isEqual(signature(asset, expires).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
        return genuine && Instant.ofEpochSecond(expires).isAfter(clock.instant());
    }

    private String signature(AssetId asset, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("/iiif-av/" + asset.path() + "/\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
