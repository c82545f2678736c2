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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.avengine.HeadlessChromium;
import org.avengine.JobSettingsFixtures;
import org.avengine.MediaConvertClients;
import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every dashboard page in headless Chromium on a phone-sized screen (375 px wide): nothing makes the
 * page scroll sideways, every control has a label and every button a name, one h1, headings that
 * do not skip a level, {@code main} and {@code nav} landmarks and a skip link as the first stop of
 * the keyboard. The keyboard alone reaches every link of the navigation and follows one; times show
 * in the viewer's time zone, and the job list's date filter counts days in that zone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardAccessibilityTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ui-accessibility");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int PHONE_WIDTH = 375;

    /** What is wrong with the current page, as sentences; {@code arguments[0]} is whether a viewer is signed in. */
    static final String AUDIT = """
            const signedIn = arguments[0];
            const problems = [];
            const root = document.documentElement;
            if (root.scrollWidth > window.innerWidth) {
              const wide = [...document.querySelectorAll('body *')].filter(e => !e.parentElement.closest('.table-wrap'))
                .filter(e => (e.getBoundingClientRect().right > window.innerWidth + 1
                    && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                  || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0))
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
              problems.push('the page is ' + root.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window, because of ' + wide.slice(0, 5).join(', '));
            }
            if (!root.lang) problems.push('the page names no language');
            if (!document.querySelector('meta[name=viewport]')) problems.push('no viewport meta');
            const h1 = document.querySelectorAll('h1');
            if (h1.length !== 1) problems.push(h1.length + ' h1 elements');
            if (document.querySelectorAll('main').length !== 1) problems.push(document.querySelectorAll('main').length + ' main elements');
            if (signedIn && !document.querySelector('nav[aria-label]')) problems.push('no labelled nav');
            const focusable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')];
            const skip = focusable[0];
            if (!skip || skip.getAttribute('href') !== '#main' || !document.getElementById('main')) problems.push('the first stop of the keyboard is not a skip link to main');
            let level = 0;
            for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
              const l = Number(h.tagName[1]);
              if (l > level + 1) problems.push(h.tagName.toLowerCase() + ' "' + h.textContent.trim() + '" follows h' + level);
              level = l;
            }
            for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
              if (!(c.labels.length || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby')))
                problems.push('no label for ' + c.tagName.toLowerCase() + (c.id ? '#' + c.id : '') + (c.name ? ' name=' + c.name : ''));
            }
            for (const b of document.querySelectorAll('button, a[href]')) {
              if (!(b.textContent.trim() || b.getAttribute('aria-label') || b.querySelector('img[alt]:not([alt=""])')))
                problems.push('no name for ' + b.outerHTML.slice(0, 80));
            }
            for (const i of document.querySelectorAll('img')) if (!i.hasAttribute('alt')) problems.push('no alt for ' + i.getAttribute('src'));
            for (const m of document.querySelectorAll('video, audio')) {
              if (!(m.getAttribute('aria-label') || m.getAttribute('aria-labelledby') || (m.closest('figure') && m.closest('figure').querySelector('figcaption'))))
                problems.push('no name for the player of ' + (m.getAttribute('src') || m.dataset.hls || m.dataset.dash));
              if (!m.controls) problems.push('no controls on the player of ' + (m.getAttribute('src') || m.dataset.hls || m.dataset.dash));
            }
            for (const t of document.querySelectorAll('table')) if (!t.querySelector('th')) problems.push('table without header cells: ' + t.id);
            const ids = new Set();
            for (const e of document.querySelectorAll('[id]')) { if (ids.has(e.id)) problems.push('two elements with id ' + e.id); ids.add(e.id); }
            for (const e of document.querySelectorAll('body *')) {
              const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
              if (text && e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) < 12)
                problems.push('text smaller than 12 px: "' + e.textContent.trim().slice(0, 40) + '"');
            }
            for (const t of document.querySelectorAll('table')) if (!t.caption || !t.caption.textContent.trim()) problems.push('no caption for table ' + t.id);
            for (const w of document.querySelectorAll('.table-wrap')) {
              if (w.scrollWidth > w.clientWidth + 1 && !(w.tabIndex === 0 && w.getAttribute('role') === 'region' && w.getAttribute('aria-label')))
                problems.push('the table ' + w.querySelector('table').id + ' scrolls in a region the keyboard cannot reach or that has no name');
            }
            return problems;
            """;

    @LocalServerPort
    int port;
    HeadlessChromium browser;
    ChromeDriver driver;
    String completeJob;
    String failedJob;
    String assetPage;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
    }

    /** A customer with a webhook, a watch rule and an ingested asset; a job that completes and one that fails. */
    @BeforeAll
    void somethingOnEveryPage() throws IOException {
        Path origins = Files.createDirectories(dataDir.resolve("storage/origins"));
        TestMedia.clip(origins.resolve("clip.mp4"), 320, 180, 2);
        Files.writeString(origins.resolve("minutes.mp4"), "minutes of the meeting, not a video\n".repeat(40));

        int customer = send("POST", "/customers", "{\"name\": \"harbour-museum-with-a-long-name\"}").get("id").asInt();
        int space = send("POST", "/customers/" + customer + "/spaces", "{\"name\": \"films\"}").get("id").asInt();
        send("POST", "/customers/" + customer + "/webhooks", "{\"url\": \"https://hooks.example.org/avengine/notifications/harbour-museum\","
                + " \"eventTypes\": [\"JOB_COMPLETE\", \"JOB_ERROR\"], \"secret\": \"hook-secret\"}");
        send("POST", "/admin/webhooks", "{\"url\": \"https://hooks.example.org/avengine/notifications/operations\","
                + " \"eventTypes\": [\"JOB_ERROR\"], \"secret\": \"operations-secret\"}");
        send("POST", "/customers/" + customer + "/watchRules", "{\"name\": \"drop-folder\", \"prefix\": \"s3://origins/drop/\","
                + " \"space\": " + space + ", \"policy\": \"default-video\"}");
        String asset = "/customers/" + customer + "/spaces/" + space + "/images/harbour-at-dawn-1927";
        send("PUT", asset, """
                {"origin": "s3://origins/clip.mp4", "mediaType": "video/mp4",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "default-video"}]}""");
        MediaConvertClients.awaitTrue("the asset to be ingested", Duration.ofMinutes(2), () -> !send("GET", asset, null).get("ingesting").asBoolean());
        assetPage = "/ui/assets/" + customer + "/" + space + "/harbour-at-dawn-1927";

        MediaConvertClient client = MediaConvertClients.at(port);
        completeJob = MediaConvertClients.awaitFinal(client, client.createJob(r -> r.settings(settings("clip.mp4"))).job().id(),
                Duration.ofMinutes(2)).id();
        failedJob = MediaConvertClients.awaitFinal(client, client.createJob(r -> r.settings(settings("minutes.mp4"))).job().id(),
                Duration.ofMinutes(2)).id();

        browser = HeadlessChromium.start();
        driver = browser.driver();
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-US"));
    }

    @BeforeEach
    void phoneSizedAndSignedIn() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
        driver.get(url("/ui/jobs"));
        if (driver.getCurrentUrl().contains("/ui/login")) {
            LoginForm.signIn(driver, "admin", "admin-secret");
        }
        assertThat(((Number) browser.evaluate("return window.innerWidth;")).intValue()).as("the window's width").isEqualTo(PHONE_WIDTH);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    Stream<String> pages() {
        return Stream.of("/ui/jobs", "/ui/jobs/" + completeJob, "/ui/jobs/" + failedJob, "/ui/jobs/new", "/ui/assets", assetPage,
                "/ui/presets", "/ui/templates", "/ui/queues", "/ui/watch-rules", "/ui/webhooks", "/ui/nodes", "/ui/health",
                "/ui/jobs/0000000000000-absent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageFitsAPhoneAndNamesEveryControl(String page) {
        driver.get(url(page));
        assertThat(audit(true)).as("what is wrong with %s at %d px", page, PHONE_WIDTH).isEmpty();
    }

    @Test
    void theJobListFitsAPhoneWithoutScrollingItsTableAndStillShowsWhenEachJobWasCreated() {
        driver.get(url("/ui/jobs"));
        assertThat(browser.evaluate("const w = document.querySelector('#jobs').parentElement; return w.scrollWidth - w.clientWidth;"))
                .as("how far the job list scrolls sideways at %d px", PHONE_WIDTH).isEqualTo(0L);
        assertThat(driver.findElement(By.id("job-" + completeJob)).getText()).as("the job's row")
                .contains(completeJob, "COMPLETE", "100 %").containsPattern("\\d{1,2}/\\d{1,2}/\\d{4}");
    }

    @Test
    void theLoginFormFitsAPhoneAndNamesEveryControl() {
        driver.manage().deleteAllCookies();
        driver.get(url("/ui/login"));
        assertThat(driver.findElements(By.id("key"))).as("the login form").hasSize(1);
        assertThat(audit(false)).as("what is wrong with the login form at %d px", PHONE_WIDTH).isEmpty();
    }

    @Test
    void theKeyboardSkipsToTheContentAndReachesAndFollowsEveryLinkOfTheNavigation() {
        List<String> nav = driver.findElements(By.cssSelector("nav a")).stream().map(a -> a.getText()).toList();
        assertThat(nav).contains("Jobs", "New job", "Assets", "Presets", "Queues", "Watch folders", "Webhooks", "Nodes", "Health");

        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused()).as("the first stop of the keyboard").isEqualTo("Skip to content");
        assertThat(((Number) browser.evaluate("return document.activeElement.getBoundingClientRect().left;")).doubleValue())
                .as("the skip link shows when it has the focus").isGreaterThanOrEqualTo(0);
        assertVisibleFocus();
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(browser.evaluate("return document.activeElement.id;")).as("where the skip link puts the focus").isEqualTo("main");

        driver.get(url("/ui/jobs"));
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < nav.size() + 2; i++) {
            keys.sendKeys(Keys.TAB).perform();
            stops.add(focused());
            assertVisibleFocus();
        }
        assertThat(stops).as("the keyboard's stops from the top of the page").containsSubsequence(nav);

        driver.get(url("/ui/jobs"));
        for (int i = 0; i <= stops.indexOf("Assets"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).isEqualTo("Assets");
        keys.sendKeys(Keys.ENTER).perform();
        MediaConvertClients.awaitTrue("the Assets page", Duration.ofSeconds(10), () -> driver.getCurrentUrl().endsWith("/ui/assets"));
        assertThat(driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Assets");
    }

    @Test
    void timesShowInTheViewersTimeZone() {
        for (String zone : List.of("Asia/Tokyo", "America/Los_Angeles")) {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
            for (String page : List.of("/ui/jobs", "/ui/jobs/" + completeJob, assetPage, "/ui/nodes", "/ui/webhooks")) {
                driver.get(url(page));
                List<?> times = (List<?>) browser.evaluate("return [...document.querySelectorAll('time[datetime]')]"
                        + ".map(t => [t.getAttribute('datetime'), t.textContent]);");
                assertThat(times).as("times on %s", page).isNotEmpty();
                for (Object time : times) {
                    List<?> pair = (List<?>) time;
                    Instant instant = Instant.parse((String) pair.get(0));
                    assertThat(((String) pair.get(1)).replaceAll("[\\u202f\\u00a0]", " "))
                            .as("the time %s on %s in %s", instant, page, zone).isEqualTo(local(instant, ZoneId.of(zone)));
                }
            }
        }
    }

    @Test
    void theJobListsDateFilterCountsDaysInTheViewersTimeZone() {
        driver.get(url("/ui/jobs/" + completeJob));
        Instant created = Instant.parse(driver.findElement(By.cssSelector("time[datetime]")).getAttribute("datetime"));
        LocalDate utcDay = created.atZone(ZoneOffset.UTC).toLocalDate();
        // one of these zones is always on another day than UTC: 14 hours ahead of it or 11 behind
        ZoneId zone = Stream.of("Pacific/Kiritimati", "Pacific/Pago_Pago").map(ZoneId::of)
                .filter(z -> !created.atZone(z).toLocalDate().equals(utcDay)).findFirst().orElseThrow();
        LocalDate localDay = created.atZone(zone).toLocalDate();
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone.getId()));

        assertThat(filterByDay(localDay)).as("jobs of %s in %s", localDay, zone).contains("job-" + completeJob);
        assertThat(driver.getCurrentUrl()).contains("tz=" + zone.getId().replace("/", "%2F"));
        assertThat(filterByDay(utcDay)).as("jobs of %s in %s", utcDay, zone).doesNotContain("job-" + completeJob);
    }

    /** The ids of the job list's rows after filtering on one day with the form, as a viewer would. */
    private List<String> filterByDay(LocalDate day) {
        driver.get(url("/ui/jobs"));
        browser.evaluate("document.getElementById('f-from').value = '" + day + "'; document.getElementById('f-to').value = '" + day + "';");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        MediaConvertClients.awaitTrue("the filtered list", Duration.ofSeconds(10), () -> driver.getCurrentUrl().contains("from=" + day));
        return driver.findElements(By.cssSelector("#job-rows tr[id]")).stream().map(r -> r.getAttribute("id")).toList();
    }

    /** How Chromium's {@code toLocaleString()} writes {@code instant} in {@code zone} for en-US. */
    private static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("M/d/yyyy, h:mm:ss a", Locale.US).format(instant.atZone(zone));
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(boolean signedIn) {
        return (List<String>) driver.executeScript(AUDIT, signedIn);
    }

    private String focused() {
        return (String) browser.evaluate("return document.activeElement.textContent.trim();");
    }

    private void assertVisibleFocus() {
        assertThat(browser.evaluate("const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"))
                .as("a visible outline around %s", focused()).isEqualTo(true);
    }

    private static JobSettings settings(String input) {
        return JobSettings.builder().inputs(JobSettingsFixtures.input("s3://origins/" + input))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/accessible/", JobSettingsFixtures.mp4(320, 180, "_small")))
                .build();
    }

    private JsonNode send(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
}
