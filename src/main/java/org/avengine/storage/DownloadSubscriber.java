package org.avengine.storage;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes a response body to a file, refusing bodies larger than a limit (by their declared length
 * before reading, by the bytes received while reading) and remembering when bytes last arrived so
 * that a stalled download can be aborted.
 */
final class DownloadSubscriber implements HttpResponse.BodySubscriber<Path> {

    private final Path target;
    private final long maxBytes;
    private final long declaredLength;
    private final String source;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private volatile long lastProgress = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private FileChannel channel;
    private long received;

    DownloadSubscriber(Path target, long maxBytes, long declaredLength, String source) {
        this.target = target;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.source = source;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > maxBytes) {
            abort(tooLarge("declares " + declaredLength + " bytes"));
            return;
        }
        try {
            channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            s.request(1);
        } catch (IOException e) {
            abort(e);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
                if (received > maxBytes) {
                    abort(tooLarge("sent more than " + maxBytes + " bytes"));
                    return;
                }
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            lastProgress = System.nanoTime();
            subscription.request(1);
        } catch (IOException e) {
            abort(e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        closeChannel(failure);
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        try {
            if (channel != null) {
                channel.close();
            }
            result.complete(target);
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    @Override
    public CompletionStage<Path> getBody() {
        return result;
    }

    /** How long ago the last bytes arrived (or the response started). */
    Duration idleFor() {
        return Duration.ofNanos(System.nanoTime() - lastProgress);
    }

    /** Stops the download: cancels the body, closes the file, fails the response with {@code failure}. */
    void abort(Throwable failure) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        closeChannel(failure);
        result.completeExceptionally(failure);
    }

    private StorageException tooLarge(String what) {
        return new StorageException("Refused " + source + ": it " + what + ", over the limit of " + maxBytes
                + " bytes (avengine.storage.inputs.max-download-size)", false);
    }

    private void closeChannel(Throwable failure) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
