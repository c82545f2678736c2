package org.avengine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
 * The dashboard in a real browser (headless Chromium) against a running avengine with real ffmpeg:
 * sign in on the login form, upload a clip on the New job page, watch its row in the live job list
 * reach 100 % by server-sent events, and play its MP4, WebM and HLS outputs on the job page; a text
 * file named {@code .mp4} ends as a job whose page shows ERROR, code 1010 and ffmpeg's message; an
 * asset registered through the engine API has a page that lists its transcodes and plays them.
 * The tests run in order, as one journey. With {@code -Davengine.screenshots=docs/screenshots} the
 * last one saves the README's pictures of the job list, the clip's job page and the asset page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ui-journey");
    static final String MP4 = "System-Generic_Sd_Mp4_Avc_Aac_16x9_Sdr_640x360p_30Hz_0.8Mbps_Qvbr_Vq7";
    static final String WEBM = "avengine-Webm_Vp9_Opus_1280x720p_1.5Mbps";
    static final String HLS = "System-Ott_Hls_Ts_Avc_Aac_16x9_480x270p_15Hz_0.4Mbps";
    static final String SCREENSHOTS = System.getProperty("avengine.screenshots");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    Path clip;
    Path notMedia;
    HeadlessChromium browser;
    ChromeDriver driver;
    String clipJob;
    String assetPage;

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
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void signsInWithTheAdministratorsCredentialOnTheLoginForm() {
        driver.get(url("/ui/jobs"));
        assertThat(driver.getCurrentUrl()).as("the dashboard sends a stranger to its login form").contains("/ui/login");
        LoginForm.signIn(driver, "admin", "admin-secret");
        assertThat(driver.getCurrentUrl()).as("where signing in leads").isEqualTo(url("/ui/jobs"));
        assertThat(driver.findElement(By.tagName("header")).getText()).contains("Signed in as");
    }

    @Test
    @Order(2)
    void anUploadedClipProgressesLiveToCompleteAndItsOutputsPlay() {
        driver.get(url("/ui/jobs"));
        String list = driver.getWindowHandle();
        browser.evaluate("window.loadedOnce = true;");

        driver.switchTo().newWindow(WindowType.TAB);
        clipJob = createJob(clip, "s3://media/out/harbour", List.of(MP4, WEBM, HLS));
        String jobTab = driver.getWindowHandle();

        driver.switchTo().window(list);
        String row = "document.getElementById('job-" + clipJob + "')";
        List<Long> seen = new ArrayList<>();
        waitFor("the job's row to say COMPLETE in the live list", Duration.ofMinutes(2), () -> {
            // value and status from one look at the row, which the stream may replace at any moment
            Object snapshot = browser.evaluate("const r = " + row + ";"
                    + " return r ? [r.querySelector('progress').value, r.dataset.status] : null;");
            if (snapshot == null) {
                return false;
            }
            List<?> values = (List<?>) snapshot;
            long percent = ((Number) values.get(0)).longValue();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
                seen.add(percent);
            }
            return "COMPLETE".equals(values.get(1));
        });
        assertThat(browser.evaluate("return window.loadedOnce === true;")).as("the list was not loaded again").isEqualTo(true);
        assertThat(seen).as("the row's progress as the stream changed it").hasSizeGreaterThan(1).isSorted().endsWith(100L);
        assertThat(seen.get(0)).as("the row's progress when it first showed").isLessThan(100L);
        assertThat(browser.evaluate("return " + row + ".querySelector('progress').getAttribute('value');")).isEqualTo("100");
        assertThat(driver.findElement(By.id("job-" + clipJob)).getText()).contains("COMPLETE").contains("100 %");
        driver.switchTo().window(jobTab).close();
        driver.switchTo().window(list);

        driver.get(url("/ui/jobs/" + clipJob));
        assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("COMPLETE");
        assertThat(browser.evaluate("return [...document.querySelectorAll('figure.output')].map(f => f.dataset.kind).join(' ');"))
                .isEqualTo("video video hls");
        assertThat(browser.evaluate("return [...document.querySelectorAll('figure.output')].filter(f =>"
                + " f.querySelector('figcaption a').getBoundingClientRect().right > f.getBoundingClientRect().right).length;"))
                .as("outputs whose file name runs out of their card").isEqualTo(0L);
        for (String extension : List.of("mp4", "webm", "m3u8")) {
            assertPlays(extension);
        }
        assertThat(browser.evaluate("return window.playerErrors.join('; ');")).isEqualTo("");
    }

    @Test
    @Order(3)
    void aTextFileNamedMp4EndsInErrorAndItsPageShowsTheCodeAndFfmpegsMessage() {
        driver.switchTo().newWindow(WindowType.TAB);
        String jobId = createJob(notMedia, "s3://media/out/notes", List.of(MP4));
        waitFor("the job page, updating itself, to show the job failed", Duration.ofSeconds(60),
                () -> "ERROR".equals(browser.evaluate("const s = document.getElementById('job-status'); return s && s.textContent;")));
        assertThat(driver.findElement(By.cssSelector("#job-error h2")).getText()).isEqualTo("Error 1010");
        assertThat(driver.findElement(By.cssSelector("#job-error p")).getText())
                .containsIgnoringCase("Invalid data found when processing input");

        driver.get(url("/ui/jobs"));
        assertThat(driver.findElement(By.id("job-" + jobId)).getText()).contains("ERROR").contains("error 1010");
    }

    @Test
    @Order(4)
    void anAssetsPageListsItsTranscodesAndPlaysThem() {
        String space = tenancy();
        String customer = space.split("/")[2];
        assetPage = "/ui/assets/" + customer + "/" + space.split("/")[4] + "/harbour";
        send("PUT", "/customers/" + customer + "/deliveryChannelPolicies/iiif-av/web",
                "{\"presets\": [\"video-mp4-720p\", \"image-webp-poster\"]}");
        copyOrigin("origins/harbour.mp4");
        send("PUT", space + "/images/harbour", """
                {"origin": "s3://origins/harbour.mp4", "mediaType": "video/mp4",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "web"}]}""");
        waitFor("the asset to be ingested", Duration.ofMinutes(1), () -> !send("GET", space + "/images/harbour", null).get("ingesting").asBoolean());
        assertThat(send("GET", space + "/images/harbour", null).get("error").isNull()).isTrue();

        driver.get(url(assetPage));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Asset " + customer + "/" + space.split("/")[4] + "/harbour");
        assertThat(driver.findElements(By.cssSelector("#transcodes tbody tr")).stream().map(r -> r.findElement(By.tagName("td")).getText()))
                .containsExactly("video-mp4-720p", "image-webp-poster");
        waitFor("the poster to show", Duration.ofSeconds(10),
                () -> Boolean.TRUE.equals(browser.evaluate("const i = document.querySelector('figure.output img'); return !!i && i.naturalWidth === 640;")));
        assertPlays("mp4");
    }

    @Test
    @Order(5)
    void savesTheReadmesScreenshotsWhenAsked() throws IOException {
        assumeTrue(SCREENSHOTS != null, "screenshots are saved with -Davengine.screenshots=<folder>");
        assumeTrue(clipJob != null && assetPage != null, "the journey made the job and the asset to show");
        screenshot("/ui/jobs", "jobs");
        screenshot("/ui/jobs/" + clipJob, "job");
        screenshot(assetPage, "asset");
    }

    /** Uploads {@code file} on the New job page, makes one output per preset and returns the new job's id. */
    private String createJob(Path file, String destination, List<String> presets) {
        driver.get(url("/ui/jobs/new"));
        driver.findElement(By.id("upload-file")).sendKeys(file.toString());
        waitFor("the upload to finish", Duration.ofSeconds(30),
                () -> !driver.findElement(By.id("input")).getAttribute("value").isBlank());
        assertThat(driver.findElement(By.id("input")).getAttribute("value")).startsWith("s3://");
        assertThat(driver.findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("100");
        driver.findElement(By.id("destination")).sendKeys(destination);
        browser.evaluate("const wanted = " + JSON.writeValueAsString(presets) + ";"
                + " for (const o of document.getElementById('presets').options) o.selected = wanted.includes(o.value);");
        assertThat(browser.evaluate("return [...document.getElementById('presets').selectedOptions].length;"))
                .as("the presets are on the form").isEqualTo((long) presets.size());
        driver.findElement(By.id("create-job")).click();
        waitFor("the new job's page", Duration.ofSeconds(20), () -> driver.getCurrentUrl().matches(".*/ui/jobs/[0-9]+-[a-z0-9]+$"));
        return driver.getCurrentUrl().replaceFirst(".*/ui/jobs/", "");
    }

    /** The player of the output whose address ends in {@code .extension} plays: muted, its time advances past half a second. */
    private void assertPlays(String extension) {
        String find = "const v = [...document.querySelectorAll('video')].find(v => (v.dataset.hls || v.getAttribute('src') || '')"
                + ".split('?')[0].endsWith('." + extension + "'));";
        assertThat(browser.evaluate(find + " return !!v;")).as("a player for the %s output", extension).isEqualTo(true);
        browser.evaluate(find + " v.muted = true; v.play().catch(e => window.playerErrors.push(e.message));");
        waitFor("the " + extension + " output to play", Duration.ofSeconds(30),
                () -> ((Number) browser.evaluate(find + " return v.currentTime;")).doubleValue() > 0.5);
        assertThat(((Number) browser.evaluate(find + " v.pause(); return v.videoWidth;")).intValue()).isPositive();
    }

    /** A 1280-wide picture of {@code path}, as tall as the page (at most 1500 px), its players paused 1 s in. */
    private void screenshot(String path, String name) throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(path));
        String videos = "const vs = [...document.querySelectorAll('video')];";
        browser.evaluate(videos + " vs.forEach(v => { v.muted = true; v.play(); });");
        waitFor("the players of " + path + " to reach 1 s", Duration.ofSeconds(20), () -> Boolean.TRUE.equals(browser.evaluate(
                videos + " vs.filter(v => v.currentTime >= 1).forEach(v => v.pause()); return vs.every(v => v.paused && v.readyState >= 3);")));
        long height = ((Number) browser.evaluate("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(1500, height + 140)));
        Path target = Path.of(SCREENSHOTS).resolve(name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    private String tenancy() {
        String customer = send("POST", "/customers", "{\"name\": \"harbour-museum\"}").get("id").asString();
        String space = send("POST", "/customers/" + customer + "/spaces", "{\"name\": \"films\"}").get("id").asString();
        return "/customers/" + customer + "/spaces/" + space;
    }

    private void copyOrigin(String key) {
        try {
            Path origin = dataDir.resolve("storage").resolve(key);
            Files.createDirectories(origin.getParent());
            Files.copy(clip, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
