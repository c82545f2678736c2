package org.avengine.transcode;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the transcode API.
 *
 * @param authentication {@code sigv4}: every request must be signed with AWS Signature Version 4 by
 *     the admin credential or one of {@code accessKeys}; {@code none}: requests are not checked, for
 *     a node reachable only from a trusted network
 * @param accessKeys access keys besides the admin credential, each an id and its secret
 */
@ConfigurationProperties("avengine.transcode")
record ApiAuthenticationProperties(@DefaultValue("sigv4") Mode authentication, List<AccessKey> accessKeys) {

    ApiAuthenticationProperties {
        accessKeys = accessKeys == null ? List.of() : List.copyOf(accessKeys);
    }

    enum Mode { SIGV4, NONE }

    /**
     * @param id the access key id, as clients put it in {@code aws configure} or {@code AWS_ACCESS_KEY_ID}
     * @param secret its secret access key
     */
    record AccessKey(String id, String secret) {
    }
}
