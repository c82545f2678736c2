package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.assertj.core.api.Assertions;
import org.avengine.AvengineApplication;
import org.avengine.TestMedia;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Friendly presets come from configuration; an entry the engine cannot use stops the start-up and names itself. */
class PresetConfigurationTest {

    static final Path dataDir = TestMedia.tempDir("avengine-preset-configuration");

    @Test
    void anEntryNamingAnUnknownTranscoderPresetStopsTheStartUpNamingTheEntry() {
        assertThat(rootMessageOfStartWith("avengine.engine.presets.premium=System-Generic_Hd_Mp4_Made_Up|mp4"))
                .isEqualTo("avengine.engine.presets.premium: the transcoder knows no preset named 'System-Generic_Hd_Mp4_Made_Up'");
    }

    @Test
    void anEntryWithoutItsExtensionStopsTheStartUpNamingTheEntry() {
        assertThat(rootMessageOfStartWith("avengine.engine.presets.video-mp4-720p=System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps"))
                .startsWith("avengine.engine.presets.video-mp4-720p: ").contains("has no extension");
    }

    private static String rootMessageOfStartWith(String entry) {
        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(AvengineApplication.class)
                    .run("--server.port=0", "--avengine.data-dir=" + dataDir, "--avengine.transcode.worker.enabled=false", "--" + entry)) {
                Assertions.fail("avengine started with " + entry);
            }
        });
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
