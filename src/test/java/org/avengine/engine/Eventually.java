package org.avengine.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits, for a bounded time, for something the engine does in the background. */
final class Eventually {

    private Eventually() {
    }

    /** Polls {@code condition} every 200 ms until it holds; fails saying {@code what} did not happen within {@code max}. */
    static void await(String what, Duration max, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(max);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + max);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
