package org.avengine.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code avengine.storage}: which object store to use and which input locations are allowed.
 *
 * @param type the object store: {@code LOCAL} (a folder) or {@code S3} (an S3-compatible service)
 * @param local settings of the local folder store
 * @param s3 settings of the S3 store
 * @param inputs which {@code file://} and {@code http(s)://} locations may be read (and written, for files)
 */
@ConfigurationProperties("avengine.storage")
public record StorageProperties(Type type, Local local, S3 s3, Inputs inputs) {

    public StorageProperties {
        type = type != null ? type : Type.LOCAL;
        local = local != null ? local : new Local(null);
        s3 = s3 != null ? s3 : new S3(null, null, true, null, null, null, null);
        inputs = inputs != null ? inputs : new Inputs(null, false, false, null, null, null, null);
    }

    /** The kinds of object store. */
    public enum Type {
        /** Objects are files under {@code local.root}: {@code s3://bucket/key} is {@code {root}/bucket/key}. */
        LOCAL,
        /** Objects live in an S3-compatible service (AWS S3, MinIO, Ceph, ...). */
        S3
    }

    /**
     * The local folder store.
     *
     * @param root the folder holding one sub-folder per bucket (default {@code data/storage})
     */
    public record Local(Path root) {
        public Local {
            root = root != null ? root : Path.of("data", "storage");
        }
    }

    /**
     * The S3 store.
     *
     * @param endpoint the service URL; absent means AWS itself
     * @param region the signing region (default {@code us-east-1})
     * @param pathStyle address buckets as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key} (default true)
     * @param accessKey the access key id; with {@code secretKey}, or neither (then the default AWS credentials chain)
     * @param secretKey the secret access key
     * @param multipartThreshold files larger than this are uploaded in parts (default 64MB)
     * @param partSize the size of each part (default 16MB, at least 5MB, at most 1GB)
     */
    public record S3(URI endpoint, String region, @DefaultValue("true") boolean pathStyle, String accessKey,
            String secretKey, DataSize multipartThreshold, DataSize partSize) {

        static final DataSize MIN_PART_SIZE = DataSize.ofMegabytes(5);
        static final DataSize MAX_PART_SIZE = DataSize.ofGigabytes(1);

        public S3 {
            region = region != null && !region.isBlank() ? region : "us-east-1";
            multipartThreshold = multipartThreshold != null ? multipartThreshold : DataSize.ofMegabytes(64);
            partSize = partSize != null ? partSize : DataSize.ofMegabytes(16);
            if ((accessKey == null || accessKey.isBlank()) != (secretKey == null || secretKey.isBlank())) {
                throw new IllegalArgumentException("Set both avengine.storage.s3.access-key and secret-key, or neither");
            }
            if (partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.compareTo(MAX_PART_SIZE) > 0) {
                throw new IllegalArgumentException("avengine.storage.s3.part-size must be between 5MB and 1GB, not " + partSize);
            }
        }

        boolean hasStaticCredentials() {
            return accessKey != null && !accessKey.isBlank();
        }
    }

    /**
     * Which locations outside the object store may be used.
     *
     * @param fileRoots folders under which {@code file://} inputs and outputs are allowed (default none)
     * @param allowHttps whether {@code https://} inputs are allowed (default false)
     * @param allowHttp whether plain {@code http://} inputs are allowed (default false)
     * @param maxDownloadSize the largest http(s) input accepted (default 50GB)
     * @param connectTimeout how long to wait for an http(s) connection (default 10s)
     * @param readTimeout how long an http(s) download may wait for the response or the next bytes (default 60s)
     * @param allowedNetworks host names, IP addresses and CIDR networks (e.g. {@code 10.1.0.0/16},
     *     {@code media.internal}) that http(s) inputs and origins may reach although they are loopback,
     *     private, link-local or metadata addresses (default none)
     */
    public record Inputs(List<Path> fileRoots, boolean allowHttps, boolean allowHttp, DataSize maxDownloadSize,
            Duration connectTimeout, Duration readTimeout, List<String> allowedNetworks) {

        public Inputs {
            fileRoots = fileRoots != null ? List.copyOf(fileRoots) : List.of();
            allowedNetworks = allowedNetworks != null
                    ? allowedNetworks.stream().map(String::strip).filter(a -> !a.isEmpty()).toList() : List.of();
            maxDownloadSize = maxDownloadSize != null ? maxDownloadSize : DataSize.ofGigabytes(50);
            connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(10);
            readTimeout = readTimeout != null ? readTimeout : Duration.ofSeconds(60);
        }
    }
}
