/**
 * The watch folder: rules (from configuration and from {@code /customers/{c}/watchRules} and
 * {@code /admin/watchRules}) that watch a prefix of the object store and turn each new object into
 * work without any API call: an engine asset with the rule's delivery-channel policy and the entity id
 * taken from the key, a transcode job from a job template, or the job a dropped MediaConvert job file
 * describes. Each (rule, key, version) is claimed once in the database, so several nodes and restarts
 * start each file exactly once; a local file still being written waits until it has been left alone
 * for {@code stable-for}. Processed files move to {@code processed/}, failed ones to {@code failed/}
 * with a {@code .error.json} beside them.
 */
package org.avengine.watchfolder;
