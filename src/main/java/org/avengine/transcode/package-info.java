/**
 * The MediaConvert-compatible transcoder: the wire format, jobs and their lifecycle, the planner that
 * turns MediaConvert settings into one ffmpeg invocation, the worker that claims and runs jobs, and
 * job state-change events (an outbox delivered in process, and optionally to an SQS queue); and
 * MediaConvert's catalogue around jobs: presets (custom ones and the
 * system presets under MediaConvert's names), job templates that CreateJob lays jobs over, and
 * queues that can be paused, order their jobs by priority and cap how many run at once.
 */
package org.avengine.transcode;
