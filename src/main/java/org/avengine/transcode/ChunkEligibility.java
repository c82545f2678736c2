package org.avengine.transcode;

import java.util.Map;
import java.util.Set;

import org.avengine.ffmpeg.MediaInfo;

import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

/**
 * Whether a job is encoded in chunks. A job's {@code userMetadata} {@code avengine:chunked} set to
 * {@code true} or {@code false} decides for it; otherwise media of at least the configured length
 * is chunked while chunking is enabled. Either way only jobs where joining chunks gives what one
 * encode gives: one input without clipping, with video; every output an H.264, H.265 or VP9 video
 * file (MP4, MOV, WebM) or in an HLS group, at the input's frame rate.
 */
final class ChunkEligibility {

    static final String METADATA_KEY = "avengine:chunked";
    private static final Set<String> CODECS = Set.of("H_264", "H_265", "VP9");

    private ChunkEligibility() {
    }

    static boolean applies(Job job, TranscodePlan plan, MediaInfo media, TranscodeProperties.Chunking config) {
        Map<String, String> metadata = job.request().userMetadata();
        String asked = metadata == null ? null : metadata.get(METADATA_KEY);
        if ("false".equalsIgnoreCase(asked)) {
            return false;
        }
        boolean wanted = "true".equalsIgnoreCase(asked) || config.enabled()
                && plan.durationSeconds() >= config.minDuration().toMillis() / 1000.0;
        return wanted && sound(job.request().settings(), plan, media);
    }

    static boolean sound(JobSettings settings, TranscodePlan plan, MediaInfo media) {
        var input = settings.inputs().get(0);
        boolean clipped = input.hasInputClippings() && !input.inputClippings().isEmpty();
        if (settings.inputs().size() != 1 || clipped || media.video().isEmpty() || plan.outputs().isEmpty()) {
            return false;
        }
        for (PlannedOutput output : plan.outputs()) {
            boolean hls = plan.packagedGroups().stream()
                    .anyMatch(g -> g.index() == output.group() && g.spec().type() == GroupType.HLS);
            boolean packaged = plan.packagedGroups().stream().anyMatch(g -> g.index() == output.group());
            if (packaged && !hls || !(hls && !output.spec().hasVideo() || soundVideo(output.spec(), media))) {
                return false;
            }
        }
        return true;
    }

    private static boolean soundVideo(OutputSpec spec, MediaInfo media) {
        if (spec.kind() != OutputKind.VIDEO_FILE || spec.video().codecSettings() == null) {
            return false;
        }
        var codec = spec.video().codecSettings();
        return CODECS.contains(codec.codecAsString())
                && FrameRate.of(codec, media.video().orElseThrow()).filter().isEmpty();
    }
}
