package org.avengine.watchfolder;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the watch folder.
 *
 * @param enabled whether this node scans the rules' prefixes
 * @param scanInterval how often each prefix is listed
 * @param stableFor a local file is taken once its modification time is this old (S3 lists only complete objects)
 * @param leaseDuration a file claimed by a node that stopped before starting its work is claimed again after this
 * @param maxJobFileSize the largest job file read from a {@code jobFiles} rule's prefix
 * @param rules rules kept in configuration; the API cannot change them
 */
@ConfigurationProperties("avengine.watchfolder")
record WatchFolderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration scanInterval,
        @DefaultValue("5s") Duration stableFor,
        @DefaultValue("60s") Duration leaseDuration,
        @DefaultValue("1MB") DataSize maxJobFileSize,
        List<RuleBody> rules) {

    WatchFolderProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
