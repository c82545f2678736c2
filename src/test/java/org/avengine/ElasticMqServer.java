package org.avengine;

import java.net.URI;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * An SQS service running in this JVM (ElasticMQ) on a free loopback port, for tests that need a real
 * SQS API: start it, create queues, point an {@link SqsClient} or avengine's SQS settings at it, close it.
 */
public final class ElasticMqServer implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY = "avengine-test";
    public static final String SECRET_KEY = "avengine-test-secret";

    private final SQSRestServer server;
    private final URI endpoint;

    private ElasticMqServer() {
        this.server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().withAWSRegion(REGION).start();
        this.endpoint = URI.create("http://127.0.0.1:" + server.waitUntilStarted().localAddress().getPort());
    }

    public static ElasticMqServer start() {
        return new ElasticMqServer();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A new AWS SDK client for this server; close it after use. */
    public SqsClient newClient() {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** Creates a queue (or finds the one of that name) and returns its URL. */
    public String createQueue(String name) {
        try (SqsClient sqs = newClient()) {
            return sqs.createQueue(r -> r.queueName(name)).queueUrl();
        }
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
