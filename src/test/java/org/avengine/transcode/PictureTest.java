package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PictureTest {

    @Test
    void defaultScalingFitsAndPadsToTheExactSize() {
        Picture picture = Picture.of(1280, 720, 640, 480, null);
        assertThat(picture.width()).isEqualTo(640);
        assertThat(picture.height()).isEqualTo(480);
        assertThat(picture.filter()).isEqualTo("scale=640:360,pad=640:480:(ow-iw)/2:(oh-ih)/2:black,setsar=1");
    }

    @Test
    void fitKeepsTheAspectRatioWithoutPadding() {
        Picture picture = Picture.of(200, 200, 300, 400, "FIT");
        assertThat(picture.width()).isEqualTo(300);
        assertThat(picture.height()).isEqualTo(300);
    }

    @Test
    void fitNoUpscaleNeverEnlarges() {
        assertThat(Picture.of(200, 200, 300, 400, "FIT_NO_UPSCALE").width()).isEqualTo(200);
        Picture smaller = Picture.of(400, 400, 200, 300, "FIT_NO_UPSCALE");
        assertThat(smaller.width()).isEqualTo(200);
        assertThat(smaller.height()).isEqualTo(200);
    }

    @Test
    void fillCoversTheFrameAndCrops() {
        Picture picture = Picture.of(200, 200, 300, 400, "FILL");
        assertThat(picture.width()).isEqualTo(300);
        assertThat(picture.height()).isEqualTo(400);
        assertThat(picture.filter()).isEqualTo("scale=400:400,crop=300:400,setsar=1");
    }

    @Test
    void stretchIgnoresTheAspectRatio() {
        assertThat(Picture.of(200, 200, 300, 400, "STRETCH_TO_OUTPUT").filter()).isEqualTo("scale=300:400,setsar=1");
    }

    @Test
    void oneGivenSideKeepsTheAspectRatioAndOddSizesBecomeEven() {
        Picture byWidth = Picture.of(853, 481, 640, null, null);
        assertThat(byWidth.width()).isEqualTo(640);
        assertThat(byWidth.height()).isEqualTo(360);
        Picture asIs = Picture.of(853, 481, null, null, null);
        assertThat(asIs.width()).isEqualTo(852);
        assertThat(asIs.height()).isEqualTo(480);
    }
}
