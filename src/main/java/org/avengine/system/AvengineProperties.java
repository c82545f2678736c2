package org.avengine.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Node-wide settings.
 *
 * @param dataDir root of what a node keeps locally by default: the H2 database, the local object
 *     store, and per-job working folders
 * @param publicUrl the URL clients use to reach this node (DescribeEndpoints); derived from the
 *     request when absent
 */
@ConfigurationProperties("avengine")
public record AvengineProperties(@DefaultValue("./data") Path dataDir, String publicUrl) {

    /** Where jobs keep their temporary files; each job gets its own folder below and removes it. */
    public Path workDir() {
        return dataDir.resolve("work");
    }
}
