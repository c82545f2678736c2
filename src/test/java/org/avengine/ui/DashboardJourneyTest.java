package org.avengine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.avengine.HeadlessChromium;
import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in a real browser (headless Chromium): sign in, upload a clip on the New job page,
 * watch its row in the live job list go to 100 % by server-sent events, and play its MP4, WebM and
 * HLS outputs on the job page; a file that is not media ends as a job whose page shows ffmpeg's error.
 * With {@code -Davengine.screenshots=docs/screenshots} it also saves the pictures in the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ui-journey");
    static final String MP4 = "System-Generic_Sd_Mp4_Avc_Aac_16x9_Sdr_640x360p_30Hz_0.8Mbps_Qvbr_Vq7";
    static final String WEBM = "avengine-Webm_Vp9_Opus_1280x720p_1.5Mbps";
    static final String HLS = "System-Ott_Hls_Ts_Avc_Aac_16x9_480x270p_15Hz_0.4Mbps";
    static final String SCREENSHOTS = System.getProperty("avengine.screenshots");

    @LocalServerPort
    int port;
    Path clip;
    Path notMedia;
    HeadlessChromium browser;
    ChromeDriver driver;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
    }

    @BeforeAll
    void browserAndFiles() throws IOException {
        Path files = Files.createDirectories(dataDir.resolve("files"));
        clip = TestMedia.clip(files.resolve("harbour.mp4"), 640, 360, 3);
        notMedia = Files.writeString(files.resolve("notes.mp4"), "these are meeting notes, not a video\n".repeat(50));
        browser = HeadlessChromium.start();
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        signIn();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anUploadedClipProgressesLiveToCompleteAndItsOutputsPlay() throws IOException {
        driver.get(url("/ui/jobs"));
        String list = driver.getWindowHandle();
        List<String> before = driver.findElements(By.cssSelector("table[data-stream] tbody tr[id^=job-]")).stream()
                .map(row -> row.getAttribute("id")).toList();

        driver.switchTo().newWindow(WindowType.TAB);
        String jobId = createJob(clip, "s3://media/out/harbour", List.of(MP4, WEBM, HLS));
        assertThat(before).as("the new job is not on the list as it was loaded").doesNotContain("job-" + jobId);

        driver.switchTo().window(list);
        By progress = By.cssSelector("#job-" + jobId + " progress");
        List<Double> seen = new ArrayList<>();
        waitFor("the job's row at 100 % in the live list", Duration.ofMinutes(3), () -> {
            Object value = browser.evaluate("const p = document.querySelector('#job-" + jobId + " progress');"
                    + " return p ? p.value : null;");
            if (value != null) {
                double percent = ((Number) value).doubleValue();
                if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
                    seen.add(percent);
                }
                return percent >= 100;
            }
            return false;
        });
        assertThat(driver.findElement(progress).getAttribute("value")).isEqualTo("100");
        assertThat(driver.findElement(By.id("job-" + jobId)).getAttribute("data-status")).isEqualTo("COMPLETE");
        assertThat(seen).as("progress values the row showed without a reload").last().isEqualTo(100.0);
        screenshot("jobs");

        driver.get(url("/ui/jobs/" + jobId));
        assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("COMPLETE");
        for (String kind : List.of("mp4", "webm", "m3u8")) {
            assertPlays(kind);
        }
        screenshot("job");
    }

    @Test
    void aFileThatIsNotMediaShowsItsErrorOnTheJobPage() throws IOException {
        driver.switchTo().newWindow(WindowType.TAB);
        String jobId = createJob(notMedia, "s3://media/out/notes", List.of(MP4));
        waitFor("the job to fail", Duration.ofMinutes(1), () -> {
            driver.navigate().refresh();
            return driver.findElement(By.id("job-status")).getText().equals("ERROR");
        });
        String error = driver.findElement(By.id("job-error")).getText();
        assertThat(error).matches("(?s)Error \\d{4}\\b.*");
        assertThat(error).containsIgnoringCase("invalid data found when processing input");
    }

    @Test
    void anAssetPageShowsItsTranscodesAndPlaysThem() throws Exception {
        Files.copy(clip, Files.createDirectories(dataDir.resolve("storage/origins")).resolve("harbour.mp4"));
        int customer = send("POST", "/customers", "{\"name\": \"harbour-museum\"}").get("id").asInt();
        int space = send("POST", "/customers/" + customer + "/spaces", "{\"name\": \"films\"}").get("id").asInt();
        String path = "/customers/" + customer + "/spaces/" + space + "/images/harbour";
        send("PUT", path, """
                {"origin": "s3://origins/harbour.mp4", "mediaType": "video/mp4", "title": "Harbour at dawn",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "default-video"}]}""");
        waitFor("the asset to be ingested", Duration.ofMinutes(3), () -> !send("GET", path, null).get("ingesting").asBoolean());
        assertThat(send("GET", path, null).get("error").isNull()).isTrue();

        driver.get(url("/ui/assets/" + customer + "/" + space + "/harbour"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("harbour");
        assertThat(driver.findElements(By.cssSelector("a[href*='/iiif-manifest/" + customer + "/" + space + "/harbour']"))).isNotEmpty();
        assertPlays("mp4");
        screenshot("asset");
    }

    private JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
            return JsonMapper.builder().build().readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads {@code file} on the New job page, makes one output per preset and returns the new job's id. */
    private String createJob(Path file, String destination, List<String> presets) {
        driver.get(url("/ui/jobs/new"));
        driver.findElement(By.id("upload-file")).sendKeys(file.toString());
        waitFor("the upload to finish", Duration.ofSeconds(60),
                () -> !driver.findElement(By.id("input")).getAttribute("value").isBlank());
        assertThat(driver.findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("100");
        driver.findElement(By.id("destination")).sendKeys(destination);
        browser.evaluate("const wanted = " + JsonMapper.builder().build().writeValueAsString(presets) + ";"
                + " for (const o of document.getElementById('presets').options) o.selected = wanted.includes(o.value);");
        driver.findElement(By.id("create-job")).click();
        waitFor("the job page", Duration.ofSeconds(20), () -> driver.getCurrentUrl().matches(".*/ui/jobs/[0-9]+-[a-z0-9]+$"));
        return driver.getCurrentUrl().replaceFirst(".*/ui/jobs/", "");
    }

    /** The player of the output whose address ends in {@code .kind} plays: its time advances. */
    private void assertPlays(String kind) {
        String find = "const v = [...document.querySelectorAll('video')].find(v => (v.dataset.hls || v.currentSrc || v.src || '')"
                + ".split('?')[0].endsWith('." + kind + "'));";
        assertThat(browser.evaluate(find + " return !!v;")).as("a player for the %s output", kind).isEqualTo(true);
        browser.evaluate(find + " v.muted = true; v.play();");
        waitFor("the " + kind + " output to play", Duration.ofSeconds(30),
                () -> ((Number) browser.evaluate(find + " return v.currentTime;")).doubleValue() > 0.5);
    }

    private void signIn() {
        driver.get(url("/ui/login"));
        driver.findElement(By.id("key")).sendKeys("admin");
        driver.findElement(By.id("secret")).sendKeys("admin-secret");
        driver.findElement(By.id("sign-in")).click();
        waitFor("the signed-in dashboard", Duration.ofSeconds(20), () -> !driver.getCurrentUrl().contains("/ui/login"));
    }

    private void screenshot(String name) throws IOException {
        if (SCREENSHOTS != null) {
            Path target = Path.of(SCREENSHOTS).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static void waitFor(String what, Duration timeout, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!Boolean.TRUE.equals(condition.get())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
