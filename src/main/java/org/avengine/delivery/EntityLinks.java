package org.avengine.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.avengine.engine.DeliverableAsset;
import org.avengine.engine.EntityMedia;
import org.avengine.engine.Transcode;
import org.springframework.stereotype.Component;

/**
 * Every link of a product entity's media, in the shape a front end builds a {@code <video>} from:
 * per asset its poster, duration and sources in the order a browser should try them (HLS, then WebM,
 * then MP4, larger pictures first within a kind, audio last), and what a video sitemap entry needs.
 */
@Component
class EntityLinks {

    private final SourceTypes types;
    private final UrlSigner signer;

    EntityLinks(SourceTypes types, UrlSigner signer) {
        this.types = types;
        this.signer = signer;
    }

    /** One source of a {@code <video>}: its URL, full media type with codecs, picture size and bit rate. */
    record Source(String src, String type, Integer width, Integer height, Long bitrate) {
    }

    /** What a video sitemap entry ({@code <video:video>}) says of the asset. */
    record SitemapEntry(String title, String description, String thumbnailUrl, String contentUrl, Long duration,
            Instant publicationDate) {
    }

    /** One asset of the entity. */
    record Media(String id, String title, String description, Double duration, Integer width, Integer height,
            String poster, List<Source> sources, SitemapEntry sitemap) {
    }

    /** The entity's media list. */
    record EntityMediaList(String entity, int customer, List<Media> media) {
    }

    EntityMediaList of(int customer, String entity, List<EntityMedia> assets, String baseUrl) {
        return new EntityMediaList(entity, customer, assets.stream().map(a -> media(a, baseUrl)).toList());
    }

    private Media media(EntityMedia entry, String baseUrl) {
        DeliverableAsset asset = entry.asset();
        List<Source> sources = asset.transcodes().stream().filter(t -> rank(t) < 9)
                .sorted(Comparator.comparingInt(EntityLinks::rank).thenComparing(t -> -(t.width() == null ? 0 : t.width())))
                .map(t -> source(entry, t, baseUrl)).toList();
        String poster = asset.transcodes().stream().filter(t -> t.mediaType().startsWith("image/")).findFirst()
                .map(t -> url(entry, t, baseUrl)).orElse(null);
        Double seconds = asset.durationMs() == null ? null : asset.durationMs() / 1000.0;
        String title = entry.title() != null ? entry.title() : asset.id().id();
        SitemapEntry sitemap = new SitemapEntry(title, entry.description() != null ? entry.description() : title, poster,
                sources.stream().filter(x -> x.type().startsWith("video/mp4")).findFirst()
                        .or(() -> sources.stream().findFirst()).map(Source::src).orElse(null),
                seconds == null ? null : Math.round(seconds), entry.finished());
        return new Media(asset.id().path(), entry.title(), entry.description(), seconds, asset.width(), asset.height(),
                poster, sources, sitemap);
    }

    private Source source(EntityMedia entry, Transcode t, String baseUrl) {
        SourceTypes.SourceType type = types.of(t);
        return new Source(url(entry, t, baseUrl), type.type(), t.width(), t.height(), type.bitrate());
    }

    private String url(EntityMedia entry, Transcode t, String baseUrl) {
        String path = "/iiif-av/" + entry.asset().id().path() + "/" + t.deliveryPath(entry.asset().id());
        return baseUrl + (entry.privateSpace() ? signer.sign(entry.asset().id(), path) : path);
    }

    /** The order browsers should try: adaptive streaming, then WebM, then MP4, then audio; 9 = not a source. */
    private static int rank(Transcode t) {
        String type = t.mediaType();
        if (t.isStreaming()) {
            return 0;
        }
        return switch (type) {
            case "video/webm" -> 1;
            case "video/mp4" -> 2;
            default -> type.startsWith("video/") ? 3 : type.startsWith("audio/") ? 4 : 9;
        };
    }
}
