package org.avengine.storage;

import java.io.IOException;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns AWS SDK failures into {@link StorageException}s that say where, why, and whether a retry may help. */
final class S3Errors {

    private S3Errors() {
    }

    static StorageException translate(String action, String location, SdkException e) {
        if (e instanceof AwsServiceException service) {
            return fromService(action, location, service);
        }
        boolean network = e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException
                || hasIoCause(e);
        return new StorageException("Cannot " + action + " " + location + ": " + e.getMessage(), network, e);
    }

    /** The HTTP status of a service error, or -1 when the failure happened before a response. */
    static int status(SdkException e) {
        return e instanceof AwsServiceException service ? service.statusCode() : -1;
    }

    private static StorageException fromService(String action, String location, AwsServiceException e) {
        int status = e.statusCode();
        String reason = reason(e);
        if (status == 404) {
            return new ObjectNotFoundException(location + " (" + reason + ")", e);
        }
        boolean retryable = status >= 500 || status == 429 || e.isThrottlingException();
        String hint = status == 403
                ? " (check avengine.storage.s3.access-key and secret-key, and the bucket's policy)"
                : "";
        return new StorageException("Cannot " + action + " " + location + ": " + reason + hint, retryable, e);
    }

    private static String reason(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details != null && details.errorCode() != null ? " " + details.errorCode() : "";
        String message = details != null && details.errorMessage() != null ? ": " + details.errorMessage() : "";
        return "HTTP " + e.statusCode() + code + message;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
