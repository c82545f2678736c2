package org.avengine.system;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Where and as whom an AWS SDK client connects: AWS itself or another service speaking its API
 * ({@code endpoint}), a region, and either a static key pair or, when neither key is set, the default
 * AWS credentials chain (environment, profile, instance or task role).
 */
public record AwsAccess(URI endpoint, String region, String accessKey, String secretKey) {

    public AwsAccess {
        region = isBlank(region) ? "us-east-1" : region;
    }

    /** Whether exactly one of the two keys is set, which is a mistake in the settings. */
    public static boolean halfAKeyPair(String accessKey, String secretKey) {
        return isBlank(accessKey) != isBlank(secretKey);
    }

    /** Applies endpoint, region and credentials to a client builder. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(region)).credentialsProvider(credentials());
        if (endpoint != null && !endpoint.toString().isBlank()) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    private AwsCredentialsProvider credentials() {
        if (isBlank(accessKey)) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
