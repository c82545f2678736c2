package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplate;
import software.amazon.awssdk.services.mediaconvert.model.MediaConvertException;

/**
 * The transcode API answers only requests signed with AWS Signature Version 4 by a known access key:
 * the AWS SDK and the AWS CLI with the admin credential or a configured key get through; a wrong
 * secret, an unknown key, no signature, a signature for another body or an old one get MediaConvert's
 * 403s; and no secret reaches the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TranscodeApiAuthenticationTest {

    static final Path dataDir = TestMedia.tempDir("avengine-sigv4");
    static final String ADMIN = "sigv4-admin";
    static final String ADMIN_SECRET = "sigv4-admin-secret-7f3a";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> ADMIN);
        registry.add("avengine.admin.secret", () -> ADMIN_SECRET);
    }

    @Test
    void theSdkSignedWithTheAdminCredentialOrAConfiguredKeyGetsThrough() {
        try (MediaConvertClient admin = client(ADMIN, ADMIN_SECRET); MediaConvertClient configured = MediaConvertClients.at(port)) {
            assertThat(admin.listJobs(r -> r.status(JobStatus.COMPLETE).maxResults(5)).jobs()).isNotNull();
            assertThat(configured.listQueues(r -> r.maxResults(10)).queues()).isNotEmpty();
        }
    }

    @Test
    void pathsAndQueriesThatNeedEncodingVerify() {
        try (MediaConvertClient client = client(ADMIN, ADMIN_SECRET)) {
            String name = "web ladder +=@ 1";
            client.createJobTemplate(r -> r.name(name).settings(s -> s.outputGroups(
                    JobSettingsFixtures.fileGroup("s3://media/out/", JobSettingsFixtures.mp4(320, 180, "_180p")))));
            JobTemplate template = client.getJobTemplate(r -> r.name(name)).jobTemplate();
            assertThat(template.name()).isEqualTo(name);
            assertThat(client.listJobTemplates(r -> r.category("nothing here/ü").maxResults(3)).jobTemplates()).isEmpty();
            client.deleteJobTemplate(r -> r.name(name));
        }
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        try (MediaConvertClient client = client(ADMIN, "not-the-secret")) {
            assertThatThrownBy(() -> client.listJobs(r -> r.maxResults(1)))
                    .isInstanceOfSatisfying(MediaConvertException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("The request signature we calculated does not match");
                    });
        }
    }

    @Test
    void anUnknownKeyIsUnrecognized() {
        try (MediaConvertClient client = client("AKIANOBODY", ADMIN_SECRET)) {
            assertThatThrownBy(() -> client.listJobs(r -> r.maxResults(1)))
                    .isInstanceOfSatisfying(MediaConvertException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                    });
        }
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2017-08-29/jobs")).build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        assertThat(response.body()).contains("\"message\"");
    }

    @Test
    void aSignatureForAnotherBodyIsRefused() throws Exception {
        String signedBody = "{\"settings\": {\"inputs\": []}}";
        HttpRequest signed = SignedRequests.request("POST", uri("/2017-08-29/jobs"), signedBody, ADMIN, ADMIN_SECRET, Instant.now())
                .POST(HttpRequest.BodyPublishers.ofString(signedBody.replace("[]", "[{\"fileInput\": \"s3://media/in/x.mp4\"}]")))
                .build();
        HttpResponse<String> response = send(signed);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidSignatureException");
    }

    @Test
    void aRequestSignedTwentyMinutesAgoHasExpired() throws Exception {
        Instant then = Instant.now().minus(Duration.ofMinutes(20));
        HttpResponse<String> replayed = send(SignedRequests.request("GET", uri("/2017-08-29/jobs"), null, ADMIN, ADMIN_SECRET, then).build());
        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidSignatureException");
        assertThat(replayed.body()).contains("Signature expired");

        HttpResponse<String> fresh = send(SignedRequests.request("GET", uri("/2017-08-29/jobs"), null, ADMIN, ADMIN_SECRET,
                Instant.now()).build());
        assertThat(fresh.statusCode()).isEqualTo(200);
    }

    @Test
    void theAwsCliGetsThroughOnlyWithTheRightSecret() throws Exception {
        Path aws = AwsCli.find();
        AwsCli.Result right = AwsCli.attempt(aws, port, ADMIN, ADMIN_SECRET, "mediaconvert", "list-jobs", "--status", "COMPLETE",
                "--max-results", "2");
        assertThat(right.exitCode()).as(right.stderr()).isZero();
        assertThat(right.stdout()).contains("\"Jobs\"");

        AwsCli.Result wrong = AwsCli.attempt(aws, port, ADMIN, "wrong", "mediaconvert", "list-jobs");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.stderr()).contains("InvalidSignatureException");

        AwsCli.Result unsigned = AwsCli.attempt(aws, port, ADMIN, ADMIN_SECRET, "mediaconvert", "list-jobs", "--no-sign-request");
        assertThat(unsigned.exitCode()).isNotZero();
        assertThat(unsigned.stderr()).contains("MissingAuthenticationTokenException");
    }

    @Test
    void noSecretReachesTheLog(CapturedOutput output) {
        try (MediaConvertClient client = client(ADMIN, ADMIN_SECRET); MediaConvertClient wrong = client(ADMIN, "wrong-secret-5d1c")) {
            client.listJobs(r -> r.maxResults(1));
            assertThatThrownBy(() -> wrong.listJobs(r -> r.maxResults(1))).isInstanceOf(MediaConvertException.class);
        }
        assertThat(output.getAll()).doesNotContain(ADMIN_SECRET).doesNotContain("wrong-secret-5d1c")
                .doesNotContain(SignedRequests.SECRET + "\n");
    }

    private MediaConvertClient client(String key, String secret) {
        return MediaConvertClient.builder().endpointOverride(uri(""))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
