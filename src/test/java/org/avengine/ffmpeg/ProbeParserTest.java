package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeParserTest {

    @Test
    void readsAPhonesPortraitVideoAsTurnedClockwise() {
        MediaInfo info = ProbeParser.parse("""
                {"streams": [{"index": 0, "codec_type": "video", "codec_name": "hevc", "width": 1920, "height": 1080,
                  "avg_frame_rate": "30000/1001", "r_frame_rate": "30/1",
                  "side_data_list": [{"side_data_type": "Display Matrix", "rotation": -90}]}],
                 "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "3.003000", "size": "1000"}}
                """, 0);

        StreamInfo video = info.video().orElseThrow();
        assertThat(video.rotation()).isEqualTo(90);
        assertThat(video.displayWidth()).isEqualTo(1080);
        assertThat(video.displayHeight()).isEqualTo(1920);
        assertThat(video.frameRate()).isCloseTo(29.97, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void readsTheLegacyRotateTagAsClockwise() {
        MediaInfo info = ProbeParser.parse("""
                {"streams": [{"index": 0, "codec_type": "video", "width": 640, "height": 480,
                  "tags": {"rotate": "270"}}], "format": {}}
                """, 0);

        assertThat(info.video().orElseThrow().rotation()).isEqualTo(270);
    }

    @Test
    void normalisesAnyAngleToAQuarterTurn() {
        assertThat(Rotation.normalise(-90)).isEqualTo(270);
        assertThat(Rotation.normalise(-180)).isEqualTo(180);
        assertThat(Rotation.normalise(90)).isEqualTo(90);
        assertThat(Rotation.normalise(450)).isEqualTo(90);
        assertThat(Rotation.normalise(-0.0)).isZero();
        assertThat(Rotation.normalise(89.6)).isEqualTo(90);
    }

    @Test
    void skipsCoverArtWhenLookingForTheVideo() {
        MediaInfo info = ProbeParser.parse("""
                {"streams": [
                  {"index": 0, "codec_type": "audio", "codec_name": "mp3", "sample_rate": "44100", "channels": 2,
                   "channel_layout": "stereo", "avg_frame_rate": "0/0", "r_frame_rate": "0/0", "bit_rate": "128000"},
                  {"index": 1, "codec_type": "video", "codec_name": "mjpeg", "width": 500, "height": 500,
                   "avg_frame_rate": "0/0", "r_frame_rate": "90000/1", "disposition": {"attached_pic": 1}}],
                 "format": {"format_name": "mp3", "duration": "N/A", "bit_rate": "128000"}}
                """, 4321);

        assertThat(info.video()).isEmpty();
        assertThat(info.hasAudio()).isTrue();
        StreamInfo audio = info.audio().get(0);
        assertThat(audio.sampleRate()).isEqualTo(44100);
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(audio.channelLayout()).isEqualTo("stereo");
        assertThat(audio.frameRate()).isNull();
        assertThat(audio.bitRate()).isEqualTo(128_000);
        assertThat(info.streams().get(1).attachedPicture()).isTrue();
        assertThat(info.durationSeconds()).isNull();
        assertThat(info.sizeBytes()).isEqualTo(4321);
    }

    @Test
    void leavesWhatFfprobeDidNotSayAsNull() {
        MediaInfo info = ProbeParser.parse("""
                {"streams": [{"index": 0, "codec_type": "data"}], "format": {"format_name": "mpegts"}}
                """, 10);

        StreamInfo data = info.streams().get(0);
        assertThat(data.codecName()).isNull();
        assertThat(data.width()).isNull();
        assertThat(data.durationSeconds()).isNull();
        assertThat(data.rotation()).isZero();
        assertThat(data.displayWidth()).isNull();
        assertThat(info.bitRate()).isNull();
        assertThat(info.hasAudio()).isFalse();
    }
}
