package org.avengine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The AWS CLI as a client of a running avengine (bin/test installs it where it is missing). */
final class AwsCli {

    private AwsCli() {
    }

    static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "aws");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("The AWS CLI (aws) is not on the PATH; bin/test installs it (apt-get install awscli)");
    }

    static JsonNode run(Path aws, int port, String... arguments) throws IOException, InterruptedException {
        Result result = attempt(aws, port, SignedRequests.ACCESS_KEY, SignedRequests.SECRET, arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("aws failed (" + result.exitCode() + "): " + result.stderr() + result.stdout());
        }
        return JsonMapper.builder().build().readTree(result.stdout());
    }

    /** What the CLI printed and its exit code, signing as {@code accessKey} with {@code secret}. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    static Result attempt(Path aws, int port, String accessKey, String secret, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(aws.toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--endpoint-url", "http://127.0.0.1:" + port, "--region", "us-east-1", "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", accessKey);
        env.put("AWS_SECRET_ACCESS_KEY", secret);
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        Path out = Files.createTempFile("aws-cli", ".json");
        Path err = Files.createTempFile("aws-cli", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("aws " + String.join(" ", arguments) + " did not finish");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
