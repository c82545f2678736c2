package org.avengine.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MissingLibraryTest {

    @Test
    void namesTheMissingLibraryAndHowToInstallIt() {
        List<String> stderr = List.of("/root/.javacpp/cache/ffmpeg: error while loading shared libraries: "
                + "libpulse.so.0: cannot open shared object file: No such file or directory");

        assertThat(MissingLibrary.explain("ffmpeg", stderr)).hasValueSatisfying(message -> assertThat(message)
                .contains("libpulse.so.0")
                .contains("apt-get install libpulse0"));
    }

    @Test
    void readsTheJvmsLinkErrorToo() {
        String jvmMessage = "/root/.javacpp/cache/libjniavdevice.so: libpulse.so.0: cannot open shared object file:"
                + " No such file or directory";

        assertThat(MissingLibrary.named(jvmMessage)).contains("libpulse.so.0");
    }

    @Test
    void saysThatFfmpegsOwnLibrariesMustComeWithIt() {
        String message = MissingLibrary.explain("ffmpeg at /opt/ffmpeg", "libavdevice.so.62");

        assertThat(message).contains("libavdevice.so.62").contains("FFmpeg's own libraries")
                .contains("apt-get install libpulse0");
    }

    @Test
    void saysNothingAboutOtherErrors() {
        assertThat(MissingLibrary.explain("ffmpeg", List.of("Unrecognized option 'foo'."))).isEmpty();
    }
}
