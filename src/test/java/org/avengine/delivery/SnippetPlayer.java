package org.avengine.delivery;

import java.nio.file.Files;
import java.nio.file.Path;

import org.avengine.HeadlessChromium;

/** Plays the first {@code <video>} of an HTML snippet in headless Chromium, as a page embedding it would. */
public final class SnippetPlayer {

    private SnippetPlayer() {
    }

    /** How far the video played, muted, within about 20 seconds (it stops polling past half a second). */
    public static double playedSeconds(String snippet, Path folder) throws java.io.IOException {
        Path page = Files.createTempFile(folder, "snippet", ".html");
        Files.writeString(page, "<!doctype html><html lang=\"en\"><body>" + snippet + "</body></html>");
        try (var browser = HeadlessChromium.start()) {
            browser.open(page.toUri().toString());
            browser.evaluate("const v = document.querySelector('video'); v.muted = true; v.play();");
            double played = 0;
            for (int i = 0; i < 100 && played <= 0.5; i++) {
                sleep(200);
                played = ((Number) browser.evaluate("return document.querySelector('video').currentTime;")).doubleValue();
            }
            return played;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
