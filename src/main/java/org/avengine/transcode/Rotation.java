package org.avengine.transcode;

import java.util.List;

import org.avengine.ffmpeg.StreamInfo;

import software.amazon.awssdk.services.mediaconvert.model.VideoSelector;

/**
 * MediaConvert's {@code videoSelector.rotate}. AUTO follows the input's rotation metadata, so phone
 * videos come out upright; avengine also does that when {@code rotate} is absent. DEGREE_0 ignores
 * the metadata; DEGREES_90/180/270 turn the picture clockwise by that much.
 */
record Rotation(List<String> inputOptions, String filter, boolean followMetadata, int degrees) {

    static Rotation of(VideoSelector selector) {
        String rotate = selector == null || selector.rotate() == null ? "AUTO" : selector.rotateAsString();
        return switch (rotate) {
            case "DEGREE_0" -> new Rotation(List.of("-noautorotate"), "", false, 0);
            case "DEGREES_90" -> new Rotation(List.of("-noautorotate"), "transpose=clock,", false, 90);
            case "DEGREES_180" -> new Rotation(List.of("-noautorotate"), "hflip,vflip,", false, 180);
            case "DEGREES_270" -> new Rotation(List.of("-noautorotate"), "transpose=cclock,", false, 270);
            default -> new Rotation(List.of(), "", true, 0);
        };
    }

    int width(StreamInfo video) {
        return sideways(video) ? video.height() : video.width();
    }

    int height(StreamInfo video) {
        return sideways(video) ? video.width() : video.height();
    }

    private boolean sideways(StreamInfo video) {
        int turn = followMetadata ? video.rotation() : degrees;
        return turn == 90 || turn == 270;
    }
}
