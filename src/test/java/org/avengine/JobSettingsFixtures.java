package org.avengine;

import java.util.Map;

import software.amazon.awssdk.services.mediaconvert.model.AacSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioDescription;
import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.ContainerSettings;
import software.amazon.awssdk.services.mediaconvert.model.FileGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.FrameCaptureSettings;
import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.Mp3Settings;
import software.amazon.awssdk.services.mediaconvert.model.OpusSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;
import software.amazon.awssdk.services.mediaconvert.model.Vp9Settings;

/** Job settings as a client writes them with the AWS SDK's builders. */
public final class JobSettingsFixtures {

    private JobSettingsFixtures() {
    }

    /** MP4 (H.264/AAC) 1280x720, WebM (VP9/Opus) 640x360, MP3, JPEG and WebP stills, in one file group. */
    public static JobSettings productLadder(String input, String destination) {
        return JobSettings.builder()
                .inputs(input(input))
                .outputGroups(fileGroup(destination, mp4(1280, 720, "_720p"), webm(640, 360, "_360p"), mp3("_audio"),
                        stills("_poster", "jpg", 2), stills("_poster", "webp", 1)))
                .build();
    }

    public static Input input(String location) {
        return Input.builder().fileInput(location)
                .audioSelectors(Map.of("Audio Selector 1", AudioSelector.builder().defaultSelection("DEFAULT").build()))
                .build();
    }

    public static OutputGroup fileGroup(String destination, Output... outputs) {
        return OutputGroup.builder().name("File Group")
                .outputGroupSettings(OutputGroupSettings.builder().type("FILE_GROUP_SETTINGS")
                        .fileGroupSettings(FileGroupSettings.builder().destination(destination).build()).build())
                .outputs(outputs).build();
    }

    public static Output mp4(int width, int height, String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container("MP4").build())
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("H_264").h264Settings(H264Settings.builder()
                                .rateControlMode("QVBR").maxBitrate(3_000_000).build()).build()).build())
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("AAC")
                        .aacSettings(AacSettings.builder().bitrate(96_000).codingMode("CODING_MODE_2_0").sampleRate(48_000).build())
                        .build()).build())
                .build();
    }

    public static Output webm(int width, int height, String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container("WEBM").build())
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("VP9")
                                .vp9Settings(Vp9Settings.builder().bitrate(800_000).build()).build()).build())
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("OPUS")
                        .opusSettings(OpusSettings.builder().bitrate(96_000).channels(2).sampleRate(48_000).build())
                        .build()).build())
                .build();
    }

    public static Output mp3(String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container("RAW").build())
                .audioDescriptions(AudioDescription.builder().codecSettings(AudioCodecSettings.builder().codec("MP3")
                        .mp3Settings(Mp3Settings.builder().bitrate(128_000).channels(2).sampleRate(44_100)
                                .rateControlMode("CBR").build()).build()).build())
                .build();
    }

    public static Output stills(String nameModifier, String extension, int maxCaptures) {
        return Output.builder().nameModifier(nameModifier).extension(extension)
                .containerSettings(ContainerSettings.builder().container("RAW").build())
                .videoDescription(VideoDescription.builder().width(640).height(360)
                        .codecSettings(VideoCodecSettings.builder().codec("FRAME_CAPTURE")
                                .frameCaptureSettings(FrameCaptureSettings.builder().framerateNumerator(1)
                                        .framerateDenominator(2).maxCaptures(maxCaptures).quality(80).build())
                                .build()).build())
                .build();
    }
}
