package org.avengine.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 service running in this JVM (s3proxy over a jclouds blob store) on a free loopback port, for
 * tests that need a real S3 API: start it, create buckets, point an {@link S3Client} or avengine's
 * {@code avengine.storage.*} settings at it, close it.
 *
 * <pre>{@code
 * try (S3ProxyServer s3 = S3ProxyServer.inMemory()) {
 *     s3.createBucket("media");
 *     registry.add(...) / s3.springProperties() ...
 * }
 * }</pre>
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "avengine-test";
    public static final String SECRET_KEY = "avengine-test-secret";
    public static final String REGION = "us-east-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final BlobStoreContext context;
    private final S3Proxy proxy;
    private final URI endpoint;

    private S3ProxyServer(BlobStoreContext context, int port) throws Exception {
        this.context = context;
        this.proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        try {
            awaitStarted();
        } catch (RuntimeException | InterruptedException e) {
            proxy.stop();
            throw e;
        }
        this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A server that keeps objects in memory. */
    public static S3ProxyServer inMemory() {
        return start("transient-nio2", new Properties(), 0);
    }

    /** A server that keeps objects as files under {@code folder}. */
    public static S3ProxyServer onDisk(Path folder) {
        return onDisk(folder, 0);
    }

    /**
     * A server that keeps objects as files under {@code folder} on {@code port} (0 = a free one): closing
     * it and starting another on the same folder and port is a store that was down for a while.
     */
    public static S3ProxyServer onDisk(Path folder, int port) {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
        return start("filesystem-nio2", properties, port);
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return ACCESS_KEY;
    }

    public String secretKey() {
        return SECRET_KEY;
    }

    /** Creates a bucket (doing nothing when it exists). */
    public S3ProxyServer createBucket(String name) {
        context.getBlobStore().createContainerInLocation(null, name);
        return this;
    }

    /** avengine's S3 settings for this server, with the given multipart threshold and part size. */
    public StorageProperties.S3 storageSettings(DataSize multipartThreshold, DataSize partSize) {
        return new StorageProperties.S3(endpoint, REGION, true, ACCESS_KEY, SECRET_KEY, multipartThreshold, partSize);
    }

    /** A new AWS SDK client for this server, configured the way avengine configures its own; close it after use. */
    public S3Client newClient() {
        return S3Clients.create(storageSettings(null, null));
    }

    /** The {@code avengine.storage.*} properties that make an application use this server as its object store. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("avengine.storage.type", "S3");
        properties.put("avengine.storage.s3.endpoint", endpoint.toString());
        properties.put("avengine.storage.s3.region", REGION);
        properties.put("avengine.storage.s3.path-style", "true");
        properties.put("avengine.storage.s3.access-key", ACCESS_KEY);
        properties.put("avengine.storage.s3.secret-key", SECRET_KEY);
        return properties;
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            context.close();
        }
    }

    private static S3ProxyServer start(String provider, Properties overrides, int port) {
        BlobStoreContext context = ContextBuilder.newBuilder(provider).credentials("identity", "credential")
                .overrides(overrides).build(BlobStoreContext.class);
        try {
            return new S3ProxyServer(context, port);
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("Cannot start s3proxy (" + provider + ")", e);
        }
    }

    private void awaitStarted() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start within " + START_TIMEOUT + ": " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }
}
