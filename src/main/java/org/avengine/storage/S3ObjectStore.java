package org.avengine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The object store on an S3-compatible service through the AWS SDK: multipart uploads above a
 * threshold, server-side copies, ranged reads.
 */
class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3ObjectStore.class);

    private final S3Client s3;
    private final long multipartThreshold;
    private final S3MultipartUpload multipart;
    private final S3Listing listing;

    S3ObjectStore(S3Client s3, StorageProperties.S3 settings) {
        this.s3 = s3;
        this.multipartThreshold = settings.multipartThreshold().toBytes();
        this.multipart = new S3MultipartUpload(s3, settings.partSize().toBytes());
        this.listing = new S3Listing(s3);
    }

    @Override
    public boolean exists(ObjectRef ref) {
        return stat(ref).isPresent();
    }

    @Override
    public Optional<ObjectInfo> stat(ObjectRef ref) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(ref.bucket()).key(ref.key()));
            return Optional.of(new ObjectInfo(ref, head.contentLength(), head.lastModified(), unquote(head.eTag()),
                    head.contentType()));
        } catch (SdkException e) {
            if (S3Errors.status(e) == 404) {
                return Optional.empty();
            }
            throw S3Errors.translate("read the attributes of", ref.toString(), e);
        }
    }

    @Override
    public void download(ObjectRef ref, Path target) {
        call("download", ref, () -> {
            writeFile(target, temp -> s3.getObject(b -> b.bucket(ref.bucket()).key(ref.key()),
                    ResponseTransformer.toFile(temp)));
            return null;
        });
    }

    @Override
    public Optional<Path> localFile(ObjectRef ref) {
        return Optional.empty();
    }

    @Override
    public void upload(Path source, ObjectRef target, String contentType) {
        long size = sizeOf(source, target);
        String type = ContentTypes.orGuess(contentType, target.fileName());
        call("upload " + source + " to", target, () -> {
            if (size > multipartThreshold) {
                multipart.upload(source, size, target, type);
            } else {
                s3.putObject(b -> b.bucket(target.bucket()).key(target.key()).contentType(type),
                        RequestBody.fromFile(source));
            }
            return null;
        });
        log.debug("Uploaded {} ({} bytes) to {}", source, size, target);
    }

    @Override
    public void put(ObjectRef target, byte[] bytes, String contentType) {
        String type = ContentTypes.orGuess(contentType, target.fileName());
        call("write", target, () -> s3.putObject(
                b -> b.bucket(target.bucket()).key(target.key()).contentType(type), RequestBody.fromBytes(bytes)));
    }

    @Override
    public InputStream open(ObjectRef ref, long offset, long length) {
        if (offset < 0) {
            throw new IllegalArgumentException("Negative offset " + offset);
        }
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (length < 0 ? "" : String.valueOf(offset + length - 1));
        try {
            return s3.getObject(b -> b.bucket(ref.bucket()).key(ref.key()).range(range));
        } catch (SdkException e) {
            if (S3Errors.status(e) == 416) {
                return InputStream.nullInputStream(); // the range starts at or after the end of the object
            }
            throw S3Errors.translate("read " + range + " of", ref.toString(), e);
        }
    }

    @Override
    public void delete(ObjectRef ref) {
        call("delete", ref, () -> s3.deleteObject(b -> b.bucket(ref.bucket()).key(ref.key())));
    }

    @Override
    public void deletePrefix(ObjectRef prefix) {
        listing.deletePrefix(prefix);
    }

    @Override
    public List<ObjectInfo> list(ObjectRef prefix) {
        return listing.list(prefix);
    }

    @Override
    public void copy(ObjectRef from, ObjectRef to) {
        call("copy " + from + " to", to, () -> s3.copyObject(b -> b.sourceBucket(from.bucket()).sourceKey(from.key())
                .destinationBucket(to.bucket()).destinationKey(to.key())));
    }

    @Override
    public void close() {
        s3.close();
    }

    static String unquote(String eTag) {
        return eTag != null && eTag.length() >= 2 && eTag.startsWith("\"") ? eTag.substring(1, eTag.length() - 1) : eTag;
    }

    private static <T> T call(String action, ObjectRef ref, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw S3Errors.translate(action, ref.toString(), e);
        }
    }

    private static void writeFile(Path target, AtomicFiles.Writer writer) {
        try {
            AtomicFiles.write(target, writer);
        } catch (IOException e) {
            throw new StorageException("Cannot write " + target + ": " + e, false, e);
        }
    }

    private static long sizeOf(Path source, ObjectRef target) {
        try {
            return Files.size(source);
        } catch (IOException e) {
            throw new StorageException("Cannot upload " + source + " to " + target + ": " + e, false, e);
        }
    }
}
