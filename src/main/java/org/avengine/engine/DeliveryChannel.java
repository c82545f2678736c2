package org.avengine.engine;

/** A delivery channel of an asset and the policy that says what it makes: {@code {channel: "iiif-av", policy: "default-video"}}. */
record DeliveryChannel(String channel, String policy) {
}
