package org.avengine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The corpus of what real uploads contain, made with the embedded ffmpeg: broken files, odd shapes,
 * phone videos, surround sound, extra tracks, lying headers. Each method writes one file and returns it.
 */
final class BadMedia {

    private static final List<String> TONE = List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=3");

    private BadMedia() {
    }

    static Path zeroBytes(Path target) throws IOException {
        return Files.write(target, new byte[0]);
    }

    static Path textNamedMp4(Path target) throws IOException {
        return Files.writeString(target, "Meeting notes, saved from the wrong window.\n".repeat(40));
    }

    /** An MP4 with its index first (faststart), cut after a third: the index names samples that are not there. */
    static Path truncatedFaststart(Path target) throws IOException {
        Path whole = target.resolveSibling("whole-faststart.mp4");
        TestMedia.generate(whole, List.of("-i", TestMedia.clip(target.resolveSibling("source.mp4"), 320, 240, 6).toString(),
                "-c", "copy", "-movflags", "+faststart"));
        return cut(whole, target, 3);
    }

    /** An MP4 with its index at the end, cut in half: the index is gone. */
    static Path truncatedMoovAtEnd(Path target) throws IOException {
        return cut(TestMedia.clip(target.resolveSibling("whole-moov-at-end.mp4"), 320, 240, 6), target, 2);
    }

    static Path singleFrame(Path target) {
        return TestMedia.generate(target, List.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-frames:v", "1",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
    }

    /** 853x481 in 4:4:4 (odd sizes cannot be 4:2:0), as screen recorders write them. */
    static Path oddSize(Path target) {
        return video(target, "853x481", List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv444p"));
    }

    /** A landscape-coded picture with a display matrix saying "turn 90°", as phones record portrait video. */
    static Path portraitWithRotationMatrix(Path target) {
        Path coded = TestMedia.clip(target.resolveSibling("landscape-coded.mp4"), 320, 240, 3);
        return TestMedia.generate(target, List.of("-display_rotation", "90", "-i", coded.toString(), "-c", "copy"));
    }

    /** Frames at irregular intervals: every frame for a second, every third for two, then every frame. */
    static Path variableFrameRate(Path target) {
        return TestMedia.generate(target, List.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=3",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=3",
                "-vf", "select='lt(n\\,30)+gte(n\\,90)+not(mod(n\\,3))'", "-fps_mode", "vfr",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"));
    }

    static Path surround51(Path target) {
        return video(target, "320x240", List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ac", "6"));
    }

    /** Two audio tracks: mono English, stereo commentary. */
    static Path twoAudioTracks(Path target) {
        return TestMedia.generate(target, List.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=3",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=3",
                "-f", "lavfi", "-i", "sine=frequency=880:sample_rate=48000:duration=3",
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac:a:0", "1", "-ac:a:1", "2"));
    }

    static Path noAudio(Path target) {
        return TestMedia.silentClip(target, 320, 240, 3);
    }

    static Path audioOnly(Path target) {
        return TestMedia.generate(target, concat(TONE, List.of("-c:a", "aac")));
    }

    /** An MP4 with a mov_text subtitle track beside its video and audio. */
    static Path withSubtitles(Path target) throws IOException {
        Path srt = Files.writeString(target.resolveSibling("subtitles.srt"),
                "1\n00:00:00,000 --> 00:00:01,500\nHello\n\n2\n00:00:01,500 --> 00:00:03,000\nGoodbye\n");
        Path clip = TestMedia.clip(target.resolveSibling("subtitled-source.mp4"), 320, 240, 3);
        return TestMedia.generate(target, List.of("-i", clip.toString(), "-i", srt.toString(),
                "-map", "0", "-map", "1", "-c", "copy", "-c:s", "mov_text"));
    }

    /** Three seconds of media whose headers and last video sample claim three hours. */
    static Path declaresHoursHoldsSeconds(Path target) throws IOException {
        Path clip = TestMedia.clip(target.resolveSibling("honest.mp4"), 320, 240, 3);
        return Files.write(target, Mp4Lies.claimHours(Files.readAllBytes(clip), 3 * 3600));
    }

    static Path tenBitHevc(Path target) {
        return video(target, "320x240", List.of("-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", "yuv420p10le",
                "-x265-params", "log-level=error", "-tag:v", "hvc1", "-c:a", "aac"));
    }

    static Path tenthOfASecondOfAudio(Path target) {
        return TestMedia.generate(target, List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=0.1",
                "-c:a", "aac"));
    }

    private static Path video(Path target, String size, List<String> codecs) {
        List<String> sources = List.of("-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=25:duration=3");
        return TestMedia.generate(target, concat(concat(sources, TONE), concat(codecs, List.of("-shortest"))));
    }

    private static Path cut(Path whole, Path target, int fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / fraction));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
