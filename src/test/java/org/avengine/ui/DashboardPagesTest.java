package org.avengine.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avengine.HeadlessChromium;
import org.avengine.JobSettingsFixtures;
import org.avengine.MediaConvertClients;
import org.avengine.StreamingFixtures;
import org.avengine.TestMedia;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplateSettings;
import software.amazon.awssdk.services.mediaconvert.model.QueueStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each dashboard page offers, page by page, against a running avengine with real ffmpeg: the job
 * list's filters and search, a job page's settings, command, outputs and ffmpeg's last lines, pausing
 * a queue and cancelling a job that waits in it, running a job again, the new-job form with a job
 * template and with a pasted job whose mistakes show beside the field, the store picker, an upload
 * that stopped going on where it stopped, the health panel, the asset list's pictures and durations,
 * an asset page's manifest link, {@code <video>} element and re-ingest, and a DASH output and stills
 * showing in the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ui-pages");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MP4_PRESET = "System-Generic_Sd_Mp4_Avc_Aac_16x9_Sdr_640x360p_30Hz_0.8Mbps_Qvbr_Vq7";

    @LocalServerPort
    int port;
    MediaConvertClient client;
    Browser admin;
    Job complete;
    Job failed;
    Job streams;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
        registry.add("avengine.ui.chunk-size", () -> "64KB");
    }

    /** A job that completes (user metadata product=car-4711), one that fails, and one with DASH and stills in the Priority queue. */
    @BeforeAll
    void jobs() throws IOException {
        Path origins = Files.createDirectories(dataDir.resolve("storage/origins"));
        TestMedia.clip(origins.resolve("clip.mp4"), 320, 180, 3);
        Files.writeString(origins.resolve("minutes.mp4"), "minutes of the meeting, not a video\n".repeat(40));
        client = MediaConvertClients.at(port);
        client.createQueue(r -> r.name("Priority"));

        complete = finished(client.createJob(r -> r.settings(mp4("clip.mp4", "s3://media/out/clip/")).userMetadata(Map.of("product", "car-4711"))).job());
        failed = finished(client.createJob(r -> r.settings(mp4("minutes.mp4", "s3://media/out/minutes/"))).job());
        JobSettings dashAndStills = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://origins/clip.mp4"))
                .outputGroups(StreamingFixtures.dash("s3://media/out/streams/dash/stream", 2,
                                StreamingFixtures.video("MPD", 320, 180, 300_000, "_180p"), StreamingFixtures.audio("MPD", "_aac")),
                        JobSettingsFixtures.fileGroup("s3://media/out/streams/stills/clip", JobSettingsFixtures.stills("_still", "jpg", 2)))
                .build();
        streams = finished(client.createJob(r -> r.queue("Priority").settings(dashAndStills)).job());
        assertThat(List.of(complete.status(), failed.status(), streams.status()))
                .as("%s; %s", complete.errorMessage(), streams.errorMessage())
                .containsExactly(JobStatus.COMPLETE, JobStatus.ERROR, JobStatus.COMPLETE);

        admin = new Browser(port);
        assertThat(admin.signIn("admin", "admin-secret").statusCode()).isEqualTo(302);
    }

    @Test
    void theJobListFiltersByStatusAndQueueAndFindsAJobByIdOrUserMetadata() {
        assertThat(rows("/ui/jobs")).contains(complete.id(), failed.id(), streams.id());
        assertThat(rows("/ui/jobs?status=ERROR")).containsExactly(failed.id());
        assertThat(rows("/ui/jobs?status=COMPLETE")).contains(complete.id(), streams.id()).doesNotContain(failed.id());
        assertThat(rows("/ui/jobs?queue=Priority")).containsExactly(streams.id());
        assertThat(rows("/ui/jobs?q=car-4711")).containsExactly(complete.id());
        assertThat(rows("/ui/jobs?q=" + failed.id())).containsExactly(failed.id());
        assertThat(rows("/ui/jobs?status=ERROR&q=car-4711")).isEmpty();
        assertThat(admin.get("/ui/jobs?status=ERROR").body()).contains("<option value=\"ERROR\" selected=\"selected\">ERROR</option>");
    }

    @Test
    void aJobPageShowsItsSettingsItsFfmpegCommandAndEachOutputsSizeCodecsAndBitRate() {
        String page = admin.get("/ui/jobs/" + complete.id()).body();
        JsonNode settings = JSON.readTree(pre(page, "settings-h"));
        assertThat(settings.at("/inputs/0/fileInput").asString()).isEqualTo("s3://origins/clip.mp4");
        assertThat(pre(page, "settings-h")).as("the settings, pretty").contains("\n  \"");
        assertThat(pre(page, "cmd-h")).contains("ffmpeg", "-i", "libx264", "clip_small.mp4");

        Matcher card = Pattern.compile("<figure class=\"output\" data-kind=\"video\" data-name=\"clip_small.mp4\">(.*?)</figure>", Pattern.DOTALL)
                .matcher(page);
        assertThat(card.find()).as("the output's card").isTrue();
        assertThat(card.group(1)).contains("<video controls muted preload=\"metadata\"", "h264", "aac", "320×180")
                .containsPattern("<dt>Size</dt><dd>\\d+\\.\\d kB</dd>").containsPattern("<dt>Bit rate</dt><dd>\\d+ kbit/s</dd>")
                .containsPattern("<dt>Duration</dt><dd>3\\.\\d s</dd>");
        assertThat(page).doesNotContain("Cancel job").contains("Run again");

        String failure = admin.get("/ui/jobs/" + failed.id()).body();
        assertThat(failure).contains("<h2>Error <span>1010</span></h2>");
        assertThat(pre(failure, "cmd-h")).startsWith("ffmpeg did not start: ffprobe could not read the input");
        assertThat(failure).contains("<h2 id=\"stderr-h\">What ffprobe said</h2>");
        assertThat(pre(failure, "stderr-h")).as("ffprobe's own lines").contains("Invalid data found when processing input");
        assertThat(page).contains("<h2 id=\"stderr-h\">FFmpeg&#39;s last lines</h2>");
        assertThat(pre(page, "stderr-h")).as("ffmpeg's last lines of the clip's run").containsPattern("video:\\s*\\d+");
    }

    @Test
    void aPausedQueueKeepsItsJobWaitingUntilCancelledAndRunsAgainWhenResumed() {
        assertThat(admin.post("/ui/queues/Priority", Map.of("paused", "true", "_csrf", admin.csrf())).statusCode()).isEqualTo(302);
        assertThat(client.getQueue(r -> r.name("Priority")).queue().status()).isEqualTo(QueueStatus.PAUSED);
        assertThat(row(admin.get("/ui/queues").body(), "queue-Priority")).contains("PAUSED", "Resume");
        try {
            String waiting = client.createJob(r -> r.queue("Priority").settings(mp4("clip.mp4", "s3://media/out/waiting/"))).job().id();
            MediaConvertClients.sleep(3000);
            assertThat(client.getJob(r -> r.id(waiting)).job().status()).as("a job in a paused queue").isEqualTo(JobStatus.SUBMITTED);
            assertThat(admin.get("/ui/jobs/" + waiting).body()).contains("Cancel job");

            assertThat(admin.post("/ui/jobs/" + waiting + "/cancel", Map.of("_csrf", admin.csrf())).statusCode()).isEqualTo(302);
            assertThat(client.getJob(r -> r.id(waiting)).job().status()).isEqualTo(JobStatus.CANCELED);
            assertThat(admin.get("/ui/jobs/" + waiting).body()).contains("id=\"job-status\">CANCELED<").doesNotContain("Cancel job");
        } finally {
            admin.post("/ui/queues/Priority", Map.of("paused", "false", "_csrf", admin.csrf()));
        }
        assertThat(client.getQueue(r -> r.name("Priority")).queue().status()).isEqualTo(QueueStatus.ACTIVE);
        assertThat(row(admin.get("/ui/queues").body(), "queue-Priority")).contains("ACTIVE", "Pause");
    }

    @Test
    void aRunningJobsRowShowsItsSpeedAndEtaAndItsPageCancelsIt() throws IOException {
        TestMedia.clip(dataDir.resolve("storage/origins/long.mp4"), 960, 540, 20);
        JobSettings slow = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://origins/long.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/slow/", JobSettingsFixtures.webm(960, 540, "_slow"))).build();
        String id = client.createJob(r -> r.settings(slow)).job().id();
        Pattern running = Pattern.compile("<tr id=\"job-" + id + "\" data-status=\"PROGRESSING\">.*?"
                + "<td class=\"hide-narrow\">(\\d+\\.\\d×)</td>\\s*<td class=\"hide-narrow\">(\\d+ (?:s|min \\d\\d s))</td>", Pattern.DOTALL);
        String[] seen = new String[2];
        MediaConvertClients.awaitTrue("the running job's speed and ETA in the list", Duration.ofMinutes(1), () -> {
            Matcher m = running.matcher(admin.htmx("/ui/jobs/rows").body());
            if (!m.find()) {
                return false;
            }
            seen[0] = m.group(1);
            seen[1] = m.group(2);
            return true;
        });
        assertThat(Double.parseDouble(seen[0].replace("×", ""))).as("the speed shown").isPositive();

        String page = admin.get("/ui/jobs/" + id).body();
        assertThat(page).contains("Cancel job").containsPattern("<dt>Speed</dt>\\s*<dd>\\d+\\.\\d×</dd>");
        assertThat(admin.post("/ui/jobs/" + id + "/cancel", Map.of("_csrf", admin.csrf())).statusCode()).isEqualTo(302);
        Job canceled = finished(client.getJob(r -> r.id(id)).job());
        assertThat(canceled.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(dataDir.resolve("storage/media/out/slow/long_slow.webm")).doesNotExist();
    }

    @Test
    void runAgainMakesANewJobWithTheSameSettings() {
        HttpResponse<String> rerun = admin.post("/ui/jobs/" + complete.id() + "/rerun", Map.of("_csrf", admin.csrf()));
        assertThat(rerun.statusCode()).isEqualTo(302);
        String again = rerun.headers().firstValue("Location").orElseThrow().replaceFirst(".*/ui/jobs/", "");
        assertThat(again).isNotEqualTo(complete.id()).matches("[0-9]{13}-[a-z0-9]{6}");
        Job done = finished(client.getJob(r -> r.id(again)).job());
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        assertThat(done.settings()).isEqualTo(complete.settings());
    }

    @Test
    void theNewJobFormMakesAJobFromAJobTemplate() {
        client.createJobTemplate(r -> r.name("web-small").settings(JobTemplateSettings.builder()
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/templated/", JobSettingsFixtures.mp4(320, 180, "_web"))).build()));
        assertThat(admin.get("/ui/jobs/new").body()).contains("<option value=\"web-small\">web-small</option>");

        HttpResponse<String> created = admin.post("/ui/jobs/new", Map.of("_csrf", admin.csrf(), "input", "s3://origins/clip.mp4",
                "destination", "s3://media/out/templated/clip", "template", "web-small"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String id = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/ui/jobs/", "");
        Job done = finished(client.getJob(r -> r.id(id)).job());
        assertThat(done.jobTemplate()).isEqualTo("web-small");
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        assertThat(TestMedia.stream(TestMedia.probe(dataDir.resolve("storage/media/out/templated/clip_web.mp4")), "video").get("codec_name").asString())
                .isEqualTo("h264");
    }

    @Test
    void aPastedJobInEitherCaseMakesAJobAndItsMistakesShowBesideTheField() {
        String camel = """
                {"settings": {"inputs": [{"fileInput": "s3://origins/clip.mp4"}],
                  "outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                    "fileGroupSettings": {"destination": "s3://media/out/pasted/"}},
                    "outputs": [{"preset": "%s", "nameModifier": "_camel", "frobnicate": 3}]}]}}""".formatted(MP4_PRESET);
        HttpResponse<String> refused = admin.post("/ui/jobs/new", Map.of("_csrf", admin.csrf(), "job", camel));
        assertThat(refused.statusCode()).isEqualTo(200);
        Matcher problems = Pattern.compile("<div id=\"job-problems\" class=\"problems\">(.*?)</div>", Pattern.DOTALL).matcher(refused.body());
        assertThat(problems.find()).as("problems beside the job field").isTrue();
        assertThat(problems.group(1)).contains("frobnicate");
        assertThat(refused.body()).contains("aria-describedby=\"job-problems\"").contains("frobnicate&quot;: 3");

        String pascal = camel.replace(", \"frobnicate\": 3", "").replace("settings", "Settings").replace("inputs", "Inputs")
                .replace("fileInput", "FileInput").replace("outputGroups", "OutputGroups").replace("outputGroupSettings", "OutputGroupSettings")
                .replace("\"type\"", "\"Type\"").replace("fileGroupSettings", "FileGroupSettings").replace("destination", "Destination")
                .replace("\"outputs\"", "\"Outputs\"").replace("\"preset\"", "\"Preset\"").replace("nameModifier", "NameModifier")
                .replace("_camel", "_pascal");
        HttpResponse<String> created = admin.post("/ui/jobs/new", Map.of("_csrf", admin.csrf(), "job", pascal));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String id = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/ui/jobs/", "");
        assertThat(finished(client.getJob(r -> r.id(id)).job()).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(dataDir.resolve("storage/media/out/pasted/clip_pascal.mp4")).isNotEmptyFile();

        HttpResponse<String> incomplete = admin.post("/ui/jobs/new", Map.of("_csrf", admin.csrf(), "input", "s3://origins/clip.mp4",
                "presets", MP4_PRESET));
        assertThat(incomplete.body()).contains("id=\"destination-problems\"").contains("destination: say where the outputs go")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void theStorePickerListsTheObjectsUnderALocationAndRefusesOneOutsideTheAllowedPlaces() {
        String picked = admin.htmx("/ui/store?location=s3://media/out/clip/").body();
        assertThat(picked).contains("value=\"s3://media/out/clip/clip_small.mp4\"").doesNotContain("<html");
        assertThat(admin.htmx("/ui/store?location=s3://media/").body()).contains("class=\"problem\"", "s3://bucket/folder/");
        assertThat(admin.htmx("/ui/store?location=file:///etc/").body()).contains("class=\"problem\"").doesNotContain("passwd");
        assertThat(admin.htmx("/ui/store?location=s3://media/../../etc/").body()).contains("class=\"problem\"").doesNotContain("passwd");
    }

    @Test
    void anUploadThatStoppedGoesOnFromWhereItStopped() throws IOException {
        byte[] file = Files.readAllBytes(dataDir.resolve("storage/origins/clip.mp4"));
        assertThat(file.length).as("the clip is several chunks long").isGreaterThan(2 * 65536);
        JsonNode started = JSON.readTree(admin.script("POST", "/ui/uploads?name=harbour.mp4&size=" + file.length, null).body());
        String id = started.get("id").asString();
        assertThat(started.get("chunkSize").asLong()).isEqualTo(65536);
        JsonNode first = JSON.readTree(admin.script("PUT", "/ui/uploads/" + id + "?offset=0", Arrays.copyOfRange(file, 0, 65536)).body());
        assertThat(first.get("offset").asLong()).isEqualTo(65536);

        // the page went away; later the same file is chosen again and the upload asks where it stands
        assertThat(JSON.readTree(admin.script("GET", "/ui/uploads/" + id, null).body()).get("offset").asLong()).isEqualTo(65536);
        HttpResponse<String> wrongPlace = admin.script("PUT", "/ui/uploads/" + id + "?offset=0", Arrays.copyOfRange(file, 0, 65536));
        assertThat(wrongPlace.statusCode()).isEqualTo(409);
        assertThat(wrongPlace.body()).contains("the upload stands at 65536");
        JsonNode state = first;
        while (state.get("location").isNull()) {
            long offset = state.get("offset").asLong();
            byte[] chunk = Arrays.copyOfRange(file, (int) offset, (int) Math.min(file.length, offset + 65536));
            state = JSON.readTree(admin.script("PUT", "/ui/uploads/" + id + "?offset=" + offset, chunk).body());
        }
        String location = state.get("location").asString();
        assertThat(location).startsWith("s3://").endsWith("/harbour.mp4");
        Path stored = dataDir.resolve("storage").resolve(location.substring("s3://".length()));
        assertThat(Files.mismatch(stored, dataDir.resolve("storage/origins/clip.mp4"))).as("the stored file against the original").isEqualTo(-1L);
    }

    @Test
    void theHealthPanelShowsFfmpegsVersionAndEncodersTheDatabaseAndTheStore() {
        String page = admin.get("/ui/health").body();
        assertThat(page).containsPattern("<dd id=\"ffmpeg-version\">[^<]*\\d+\\.\\d+[^<]*</dd>")
                .contains("libx264", "libx265", "libvpx-vp9", "libwebp", "libopus", "libmp3lame");
        assertThat(page.split("<h2>Database</h2>")[1]).startsWith("\n  <p class=\"status status-COMPLETE\">Up</p>");
        assertThat(page.split("<h2>Object store</h2>")[1]).startsWith("\n  <p class=\"status status-COMPLETE\">Up</p>");
    }

    @Test
    void theAssetPagesShowPicturesDurationsTheManifestTheVideoElementOfTheLinksApiAndIngestAgain() {
        int customer = send("POST", "/customers", "{\"name\": \"car-dealer\"}").get("id").asInt();
        int space = send("POST", "/customers/" + customer + "/spaces", "{\"name\": \"cars\"}").get("id").asInt();
        send("PUT", "/customers/" + customer + "/deliveryChannelPolicies/iiif-av/web",
                "{\"presets\": [\"video-webm-720p\", \"video-mp4-720p\", \"image-webp-poster\"]}");
        String asset = "/customers/" + customer + "/spaces/" + space + "/images/walkaround";
        send("PUT", asset, """
                {"origin": "s3://origins/clip.mp4", "mediaType": "video/mp4", "entity": "car-4711", "title": "Walk-around",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "web"}]}""");
        MediaConvertClients.awaitTrue("the asset to be ingested", Duration.ofMinutes(2), () -> !send("GET", asset, null).get("ingesting").asBoolean());
        String firstJob = send("GET", asset + "/metadata", null).get("id").asString();
        String path = customer + "/" + space + "/walkaround";

        String list = admin.get("/ui/assets?customer=" + customer).body();
        Matcher thumb = Pattern.compile("<img class=\"thumb\" src=\"([^\"]+)\" alt=\"\"").matcher(list);
        assertThat(thumb.find()).as("a picture in the list").isTrue();
        HttpResponse<String> picture = admin.get(thumb.group(1), "bytes=0-11");
        assertThat(picture.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(list).contains("/ui/assets/" + path).contains("<td class=\"hide-narrow\">3.0 s</td>");

        String page = admin.get("/ui/assets/" + path).body();
        assertThat(page).contains("href=\"/iiif-manifest/" + path + "\"");
        assertThat(JSON.readTree(admin.get("/iiif-manifest/" + path).body()).get("type").asString()).isEqualTo("Manifest");
        String embed = pre(page, "embed-h");
        String linksApi = sendForText("/customers/" + customer + "/entities/car-4711/media?format=html");
        assertThat(embed).as("the page's <video> against the links API's").isEqualTo(linksApi)
                .contains("<source src=\"http://127.0.0.1:" + port + "/iiif-av/" + path + "/", "type=\"video/webm", "type=\"video/mp4");

        HttpResponse<String> reingest = admin.post("/ui/assets/" + path + "/reingest", Map.of("_csrf", admin.csrf()));
        assertThat(reingest.statusCode()).isEqualTo(302);
        MediaConvertClients.awaitTrue("the asset to be ingested again", Duration.ofMinutes(2),
                () -> !send("GET", asset, null).get("ingesting").asBoolean() && !firstJob.equals(send("GET", asset + "/metadata", null).get("id").asString()));
        assertThat(send("GET", asset, null).get("error").isNull()).isTrue();
    }

    @Test
    void aDashOutputPlaysAndStillsShowOnTheJobPageInTheBrowser() {
        try (HeadlessChromium chromium = signedInChromium()) {
            ChromeDriver driver = chromium.driver();
            driver.get(url("/ui/jobs/" + streams.id()));
            assertThat(chromium.evaluate("return [...document.querySelectorAll('figure.output')].map(f => f.dataset.kind).sort().join(' ');"))
                    .isEqualTo("dash image image");
            MediaConvertClients.awaitTrue("the stills to show", Duration.ofSeconds(10), () -> Boolean.TRUE.equals(chromium.evaluate(
                    "return [...document.querySelectorAll('figure.output img')].every(i => i.complete && i.naturalWidth === 640);")));
            String dash = "const v = document.querySelector('video[data-dash]');";
            chromium.evaluate(dash + " v.muted = true; v.play().catch(e => window.playerErrors.push(e.message));");
            MediaConvertClients.awaitTrue("the DASH output to play with dash.js", Duration.ofSeconds(30),
                    () -> ((Number) chromium.evaluate(dash + " return v.currentTime;")).doubleValue() > 0.5);
            assertThat(((Number) chromium.evaluate(dash + " return v.videoWidth;")).intValue()).isEqualTo(320);
            assertThat(chromium.evaluate("return window.playerErrors.join('; ');")).isEqualTo("");
        }
    }

    @Test
    void inTheBrowserAnUploadThatStoppedGoesOnWhenTheFileIsChosenAgainAndAJobFileDroppedOnTheFormFillsIt() throws IOException {
        Path file = dataDir.resolve("storage/origins/clip.mp4");
        long size = Files.size(file);
        long lastModified = Files.getLastModifiedTime(file).toMillis();
        try (HeadlessChromium chromium = signedInChromium()) {
            ChromeDriver driver = chromium.driver();
            driver.get(url("/ui/jobs/new"));
            // an upload this page began earlier and that stopped after its first chunk, as ui.js remembers it
            String id = (String) driver.executeAsyncScript("""
                    const [size, lastModified, done] = arguments;
                    const headers = {'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content, 'Accept': 'application/json'};
                    fetch('/ui/uploads?name=clip.mp4&size=' + size, {method: 'POST', headers}).then(r => r.json()).then(state =>
                      fetch('/ui/uploads/' + state.id + '?offset=0', {method: 'PUT', headers, body: new Uint8Array(65536)})
                        .then(() => { localStorage.setItem('avengine-upload:clip.mp4:' + size + ':' + lastModified, state.id); done(state.id); }));
                    """, size, lastModified);
            assertThat(JSON.readTree(admin.script("GET", "/ui/uploads/" + id, null).body()).get("offset").asLong())
                    .as("where the stopped upload stands").isEqualTo(65536);

            driver.findElement(By.id("upload-file")).sendKeys(file.toString());
            MediaConvertClients.awaitTrue("the upload to finish", Duration.ofSeconds(30),
                    () -> !driver.findElement(By.id("input")).getAttribute("value").isBlank());
            String location = driver.findElement(By.id("input")).getAttribute("value");
            assertThat(location).as("the finished upload").contains("/uploads/" + id + "/clip.mp4");
            Path stored = dataDir.resolve("storage").resolve(location.substring("s3://".length()));
            // the chunk sent before the stop was zeros: had the page sent the file again from its start, they would be gone
            byte[] bytes = Files.readAllBytes(stored);
            assertThat(bytes).hasSize((int) size);
            assertThat(Arrays.copyOfRange(bytes, 0, 65536)).as("the chunk sent before the stop").containsOnly((byte) 0);
            assertThat(Arrays.copyOfRange(bytes, 65536, (int) size)).as("the rest, sent after the file was chosen again")
                    .isEqualTo(Arrays.copyOfRange(Files.readAllBytes(file), 65536, (int) size));

            String job = "{\"Settings\": {\"Inputs\": [{\"FileInput\": \"s3://origins/clip.mp4\"}]}}";
            chromium.evaluate("const area = document.getElementById('job'); const data = new DataTransfer();"
                    + " data.items.add(new File([" + JSON.writeValueAsString(job) + "], 'job.json', {type: 'application/json'}));"
                    + " area.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));");
            MediaConvertClients.awaitTrue("the dropped file in the job field", Duration.ofSeconds(5),
                    () -> job.equals(driver.findElement(By.id("job")).getAttribute("value")));
        }
    }

    private HeadlessChromium signedInChromium() {
        HeadlessChromium chromium = HeadlessChromium.start();
        ChromeDriver driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/ui/login"));
        LoginForm.signIn(driver, "admin", "admin-secret");
        return chromium;
    }

    private Job finished(Job job) {
        return MediaConvertClients.awaitFinal(client, job.id(), Duration.ofMinutes(2));
    }

    private static JobSettings mp4(String input, String destination) {
        return JobSettings.builder().inputs(JobSettingsFixtures.input("s3://origins/" + input))
                .outputGroups(JobSettingsFixtures.fileGroup(destination, JobSettingsFixtures.mp4(320, 180, "_small"))).build();
    }

    /** The ids of the job list's rows. */
    private List<String> rows(String path) {
        HttpResponse<String> page = admin.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return Pattern.compile("<tr id=\"job-([0-9]{13}-[a-z0-9]{6})\"").matcher(page.body()).results().map(m -> m.group(1)).toList();
    }

    /** The text of the {@code <pre>} labelled by the heading {@code heading}, unescaped. */
    private static String pre(String page, String heading) {
        Matcher m = Pattern.compile("<pre[^>]*aria-labelledby=\"" + heading + "\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("the block under %s", heading).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private static String row(String page, String id) {
        Matcher m = Pattern.compile("<tr id=\"" + id + "\"(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row %s", id).isTrue();
        return m.group(1);
    }

    private JsonNode send(String method, String path, String json) {
        String body = request(method, path, json).body();
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private String sendForText(String path) {
        return request("GET", path, null).body();
    }

    private HttpResponse<String> request(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
            return response;
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
}
