package org.avengine.transcode;

/** Ends a job's execution with a failure that the job records. */
class JobFailedException extends RuntimeException {

    private final JobFailure failure;

    JobFailedException(JobFailure failure) {
        super(failure.message());
        this.failure = failure;
    }

    JobFailedException(JobFailure failure, Throwable cause) {
        super(failure.message(), cause);
        this.failure = failure;
    }

    JobFailure failure() {
        return failure;
    }
}
