/**
 * The AV asset engine, in the shape of DLCS Protagonist's Engine: customers, API keys, spaces (private
 * ones delivered only to their customer) and origin strategies (credentials for origins);
 * assets registered with an origin and an {@code iiif-av} delivery-channel policy; ingest that copies
 * the origin, probes it and hands one job to the {@link org.avengine.engine.Transcoder} port (avengine's
 * own transcoder in process, or the AWS SDK's MediaConvertClient with completions read from SQS), its
 * outputs naming the transcoder presets that the configured friendly presets stand for (HLS ladders as
 * HLS groups); the completion handler that moves the outputs (an HLS ladder's whole folder) and records
 * {@code AVTranscodes}; {@code /metadata}, {@code /av/presets}, {@code /av/policies}; and cleanup of
 * derivatives, recorded in the transaction of the asset change and carried out in the background by a
 * worker on any node. Errors are RFC 9457 problem details.
 */
package org.avengine.engine;
