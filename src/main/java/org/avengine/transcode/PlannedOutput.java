package org.avengine.transcode;

import java.nio.file.Path;

/**
 * One output of a plan: where ffmpeg writes it (a folder of its own in the job's work folder, so
 * numbered stills can be collected), and where its files go when the job succeeds.
 *
 * @param group index of the output group in the settings
 * @param destinationPrefix the destination folder, ending in {@code /}, that every file is written under
 * @param baseName the file name without extension: {@code <destination base><nameModifier>}
 */
record PlannedOutput(int group, int index, OutputSpec spec, Path localDir, String destinationPrefix, String baseName) {

    /** The file (or, for frame captures, the numbered pattern) ffmpeg writes. */
    Path localTarget() {
        String name = spec.kind() == OutputKind.FRAME_CAPTURE
                ? baseName + ".%07d." + spec.extension()
                : baseName + "." + spec.extension();
        return localDir.resolve(name);
    }
}
