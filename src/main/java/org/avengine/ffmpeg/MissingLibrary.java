package org.avengine.ffmpeg;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dynamic loader's "cannot open shared object file" error and turns it into a
 * message that names the library and says how to install it. The embedded FFmpeg needs the OS
 * package {@code libpulse0}, which also brings the other system libraries it links against.
 */
final class MissingLibrary {

    private static final Pattern LOADER_ERROR =
            Pattern.compile("([\\w.+-]+\\.so[.\\d]*): cannot open shared object file");

    private static final Pattern FFMPEG_OWN = Pattern.compile("lib(av|sw|postproc)\\w*\\.so.*");

    private MissingLibrary() {
    }

    /** The library a loader error text names, if the text is one. */
    static Optional<String> named(String text) {
        Matcher matcher = LOADER_ERROR.matcher(text == null ? "" : text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A message for an executable that cannot start because {@code library} is missing. */
    static String explain(String executable, String library) {
        String missing = executable + " cannot start: the shared library " + library + " is missing on this machine.";
        if (FFMPEG_OWN.matcher(library).matches()) {
            return missing + " It is one of FFmpeg's own libraries: a configured ffmpeg must be installed with them"
                    + " (the embedded one is run with LD_LIBRARY_PATH set to its folder)."
                    + " The embedded FFmpeg also needs the OS package libpulse0: `apt-get install libpulse0`.";
        }
        return missing + " The embedded FFmpeg needs the OS package libpulse0, which brings the system libraries"
                + " it links against: on Debian/Ubuntu `apt-get install libpulse0` fixes this."
                + " Alternatively set avengine.ffmpeg.ffmpeg-path and ffprobe-path to a system FFmpeg.";
    }

    /** The explanation for a loader error among {@code lines}, if there is one. */
    static Optional<String> explain(String executable, Iterable<String> lines) {
        for (String line : lines) {
            Optional<String> library = named(line);
            if (library.isPresent()) {
                return Optional.of(explain(executable, library.get()));
            }
        }
        return Optional.empty();
    }
}
