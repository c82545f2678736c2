package org.avengine.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Uploads a large file in parts (CreateMultipartUpload, UploadPart..., CompleteMultipartUpload) and
 * aborts the upload when any step fails, so no orphaned parts keep costing storage.
 */
final class S3MultipartUpload {

    private static final Logger log = LoggerFactory.getLogger(S3MultipartUpload.class);

    private final S3Client s3;
    private final long partSize;

    S3MultipartUpload(S3Client s3, long partSize) {
        this.s3 = s3;
        this.partSize = partSize;
    }

    void upload(Path source, long size, ObjectRef target, String contentType) {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(target.bucket()).key(target.key())
                .contentType(contentType)).uploadId();
        log.debug("Uploading {} ({} bytes) to {} in parts of {} bytes, upload id {}", source, size, target, partSize,
                uploadId);
        try {
            List<CompletedPart> parts = uploadParts(source, size, target, uploadId);
            s3.completeMultipartUpload(b -> b.bucket(target.bucket()).key(target.key()).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            abort(target, uploadId, e);
            throw e;
        }
    }

    private List<CompletedPart> uploadParts(Path source, long size, ObjectRef target, String uploadId) {
        List<CompletedPart> parts = new ArrayList<>();
        for (long offset = 0; offset < size; offset += partSize) {
            int number = parts.size() + 1;
            long length = Math.min(partSize, size - offset);
            RequestBody body = RequestBody.fromContentProvider(new FilePartStreams(source, offset, length), length,
                    "application/octet-stream");
            UploadPartResponse response = s3.uploadPart(b -> b.bucket(target.bucket()).key(target.key())
                    .uploadId(uploadId).partNumber(number).contentLength(length), body);
            parts.add(completed(number, response));
        }
        return parts;
    }

    private static CompletedPart completed(int number, UploadPartResponse response) {
        return CompletedPart.builder().partNumber(number).eTag(response.eTag())
                .checksumCRC32(response.checksumCRC32()).checksumCRC32C(response.checksumCRC32C())
                .checksumCRC64NVME(response.checksumCRC64NVME()).checksumSHA1(response.checksumSHA1())
                .checksumSHA256(response.checksumSHA256()).build();
    }

    private void abort(ObjectRef target, String uploadId, RuntimeException failure) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(target.bucket()).key(target.key()).uploadId(uploadId));
            log.info("Aborted the multipart upload {} to {} after: {}", uploadId, target, failure.toString());
        } catch (SdkException e) {
            failure.addSuppressed(e);
        }
    }
}
