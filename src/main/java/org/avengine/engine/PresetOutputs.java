package org.avengine.engine;

import software.amazon.awssdk.services.mediaconvert.model.AacSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioDescription;
import software.amazon.awssdk.services.mediaconvert.model.ContainerSettings;
import software.amazon.awssdk.services.mediaconvert.model.FrameCaptureSettings;
import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.Mp3Settings;
import software.amazon.awssdk.services.mediaconvert.model.OpusSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;
import software.amazon.awssdk.services.mediaconvert.model.Vp9Settings;

/** MediaConvert outputs for the shipped presets, written with the AWS SDK's builders. */
final class PresetOutputs {

    private PresetOutputs() {
    }

    static Output mp4(int width, int height, int maxBitrate) {
        return Output.builder().containerSettings(container("MP4"))
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("H_264").h264Settings(H264Settings.builder()
                                .rateControlMode("QVBR").maxBitrate(maxBitrate).build()).build()).build())
                .audioDescriptions(aac(128_000)).build();
    }

    static Output webm(int width, int height, int bitrate) {
        return Output.builder().containerSettings(container("WEBM"))
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("VP9")
                                .vp9Settings(Vp9Settings.builder().bitrate(bitrate).build()).build()).build())
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("OPUS")
                        .opusSettings(OpusSettings.builder().bitrate(128_000).channels(2).sampleRate(48_000).build())
                        .build()).build())
                .build();
    }

    static Output mp3(int bitrate) {
        return Output.builder().containerSettings(container("RAW"))
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("MP3")
                        .mp3Settings(Mp3Settings.builder().bitrate(bitrate).channels(2).sampleRate(44_100)
                                .rateControlMode("CBR").build()).build()).build())
                .build();
    }

    static Output aacOnly(int bitrate) {
        return Output.builder().containerSettings(container("MP4")).audioDescriptions(aac(bitrate)).build();
    }

    static Output webpPoster(int width) {
        return Output.builder().containerSettings(container("RAW"))
                .videoDescription(VideoDescription.builder().width(width)
                        .codecSettings(VideoCodecSettings.builder().codec("FRAME_CAPTURE")
                                .frameCaptureSettings(FrameCaptureSettings.builder().framerateNumerator(1)
                                        .framerateDenominator(1).maxCaptures(1).quality(80).build())
                                .build()).build())
                .build();
    }

    private static AudioDescription aac(int bitrate) {
        return AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("AAC")
                .aacSettings(AacSettings.builder().bitrate(bitrate).codingMode("CODING_MODE_2_0").sampleRate(48_000).build())
                .build()).build();
    }

    private static ContainerSettings container(String container) {
        return ContainerSettings.builder().container(container).build();
    }
}
