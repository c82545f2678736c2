/**
 * The MediaConvert-compatible transcoder: the wire format, jobs and their lifecycle, the planner that
 * turns MediaConvert settings into one ffmpeg invocation, the worker that claims and runs jobs, and
 * job state-change events.
 */
package org.avengine.transcode;
