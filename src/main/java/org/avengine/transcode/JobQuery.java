package org.avengine.transcode;

/** A ListJobs page request: filters, order, page size and the position after which the page starts. */
record JobQuery(JobStatus status, String queue, boolean ascending, int maxResults, long cursor) {
}
