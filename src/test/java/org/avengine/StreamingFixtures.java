package org.avengine;

import software.amazon.awssdk.services.mediaconvert.model.AacSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioDescription;
import software.amazon.awssdk.services.mediaconvert.model.CmafGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.ContainerSettings;
import software.amazon.awssdk.services.mediaconvert.model.DashIsoGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.HlsGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.OpusSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;
import software.amazon.awssdk.services.mediaconvert.model.Vp9Settings;

/** HLS, DASH and CMAF output groups as a client writes them with the AWS SDK's builders. */
public final class StreamingFixtures {

    private StreamingFixtures() {
    }

    public static OutputGroup hls(String destination, int segmentLength, Output... outputs) {
        return OutputGroup.builder().name("Apple HLS")
                .outputGroupSettings(OutputGroupSettings.builder().type("HLS_GROUP_SETTINGS")
                        .hlsGroupSettings(HlsGroupSettings.builder().destination(destination).segmentLength(segmentLength)
                                .minSegmentLength(0).build()).build())
                .outputs(outputs).build();
    }

    public static OutputGroup dash(String destination, int segmentLength, Output... outputs) {
        return OutputGroup.builder().name("DASH ISO")
                .outputGroupSettings(OutputGroupSettings.builder().type("DASH_ISO_GROUP_SETTINGS")
                        .dashIsoGroupSettings(DashIsoGroupSettings.builder().destination(destination)
                                .segmentLength(segmentLength).fragmentLength(2).build()).build())
                .outputs(outputs).build();
    }

    public static OutputGroup cmaf(String destination, int segmentLength, Output... outputs) {
        return OutputGroup.builder().name("CMAF")
                .outputGroupSettings(OutputGroupSettings.builder().type("CMAF_GROUP_SETTINGS")
                        .cmafGroupSettings(CmafGroupSettings.builder().destination(destination)
                                .segmentLength(segmentLength).fragmentLength(2).build()).build())
                .outputs(outputs).build();
    }

    /** A video-only H.264 rendition at a CBR bitrate. */
    public static Output video(String container, int width, int height, int bitrate, String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container(container).build())
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("H_264").h264Settings(H264Settings.builder()
                                .rateControlMode("CBR").bitrate(bitrate).build()).build()).build())
                .build();
    }

    /** A video-only VP9 rendition (DASH only). */
    public static Output vp9(int width, int height, int bitrate, String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container("MPD").build())
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("VP9")
                                .vp9Settings(Vp9Settings.builder().bitrate(bitrate).build()).build()).build())
                .build();
    }

    /** An audio-only Opus rendition (DASH only). */
    public static Output opus(String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container("MPD").build())
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("OPUS")
                        .opusSettings(OpusSettings.builder().bitrate(96_000).channels(2).sampleRate(48_000).build())
                        .build()).build())
                .build();
    }

    /** An H.264 rendition with AAC audio in the same stream. */
    public static Output muxed(String container, int width, int height, int bitrate, String nameModifier) {
        return video(container, width, height, bitrate, nameModifier).toBuilder().audioDescriptions(aac()).build();
    }

    /** An audio-only AAC rendition. */
    public static Output audio(String container, String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container(container).build())
                .audioDescriptions(aac()).build();
    }

    private static AudioDescription aac() {
        return AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("AAC")
                .aacSettings(AacSettings.builder().bitrate(96_000).codingMode("CODING_MODE_2_0").sampleRate(48_000).build())
                .build()).build();
    }
}
