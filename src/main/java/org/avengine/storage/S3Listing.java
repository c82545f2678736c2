package org.avengine.storage;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists objects by prefix (ListObjectsV2, every page) and deletes them in batches (DeleteObjects),
 * or one by one on services that answer DeleteObjects with 501 Not Implemented (s3proxy and others
 * reject the checksum header the SDK sends with it).
 */
final class S3Listing {

    private static final Logger log = LoggerFactory.getLogger(S3Listing.class);
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private volatile boolean batchDelete = true;

    S3Listing(S3Client s3) {
        this.s3 = s3;
    }

    List<ObjectInfo> list(ObjectRef prefix) {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(prefix.bucket()).prefix(prefix.key())).contents().stream()
                    .map(o -> info(prefix.bucket(), o))
                    .toList();
        } catch (SdkException e) {
            throw S3Errors.translate("list", prefix + "*", e);
        }
    }

    void deletePrefix(ObjectRef prefix) {
        List<ObjectInfo> objects = list(prefix);
        for (int from = 0; from < objects.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = new ArrayList<>();
            for (ObjectInfo info : objects.subList(from, Math.min(from + DELETE_BATCH, objects.size()))) {
                batch.add(ObjectIdentifier.builder().key(info.ref().key()).build());
            }
            deleteBatch(prefix, batch);
        }
        log.debug("Deleted {} objects under {}", objects.size(), prefix);
    }

    private void deleteBatch(ObjectRef prefix, List<ObjectIdentifier> batch) {
        if (!batchDelete) {
            deleteOneByOne(prefix, batch);
            return;
        }
        DeleteObjectsResponse response;
        try {
            response = s3.deleteObjects(b -> b.bucket(prefix.bucket()).delete(d -> d.objects(batch).quiet(true)));
        } catch (SdkException e) {
            if (S3Errors.status(e) == 501) {
                log.info("The S3 service does not implement DeleteObjects ({}); deleting objects one by one",
                        e.getMessage());
                batchDelete = false;
                deleteOneByOne(prefix, batch);
                return;
            }
            throw S3Errors.translate("delete the objects under", prefix.toString(), e);
        }
        if (response.hasErrors() && !response.errors().isEmpty()) {
            S3Error first = response.errors().get(0);
            throw new StorageException("Cannot delete " + response.errors().size() + " objects under " + prefix
                    + ", first " + first.key() + ": " + first.code() + " " + first.message(), false);
        }
    }

    private void deleteOneByOne(ObjectRef prefix, List<ObjectIdentifier> batch) {
        for (ObjectIdentifier id : batch) {
            try {
                s3.deleteObject(b -> b.bucket(prefix.bucket()).key(id.key()));
            } catch (SdkException e) {
                throw S3Errors.translate("delete", new ObjectRef(prefix.bucket(), id.key()).toString(), e);
            }
        }
    }

    /** An object as listed; a store that lists it without an ETag (one still being written) gets one made of its size and time. */
    private static ObjectInfo info(String bucket, S3Object object) {
        String eTag = object.eTag() != null ? S3ObjectStore.unquote(object.eTag())
                : "size-" + object.size() + "-" + object.lastModified().toEpochMilli();
        return new ObjectInfo(new ObjectRef(bucket, object.key()), object.size(), object.lastModified(), eTag, null);
    }
}
