package org.avengine.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code avengine.http}.
 *
 * @param maxBodySize the largest request body any API accepts (default 1MB); a larger one is refused
 *     with 413 before it is read
 */
@ConfigurationProperties("avengine.http")
public record HttpProperties(DataSize maxBodySize) {

    public HttpProperties {
        maxBodySize = maxBodySize != null ? maxBodySize : DataSize.ofMegabytes(1);
        if (maxBodySize.toBytes() <= 0 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("avengine.http.max-body-size must be between 1 byte and 2GB, not " + maxBodySize);
        }
    }
}
