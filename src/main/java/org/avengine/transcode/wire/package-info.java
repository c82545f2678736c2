/**
 * MediaConvert's wire format, with the AWS SDK's model classes as its schema: {@link
 * org.avengine.transcode.wire.SdkJson} turns request bodies and job files (camelCase wire names or
 * the PascalCase member names users keep on disk) into SDK model objects and model objects back into
 * the JSON the SDKs and CLI expect, and reports every unknown field, wrong type and unknown enum value
 * of a document at once, each with its full path.
 */
package org.avengine.transcode.wire;
