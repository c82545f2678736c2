package org.avengine;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium ({@code chromium}, {@code chromium-driver}), headless, driven through its
 * ChromeDriver with Selenium. Both are named by path so Selenium Manager never downloads a browser
 * or a driver; where they are missing the test fails saying how to install them.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static HeadlessChromium start() {
        for (Path needed : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(needed)) {
                fail("The playback test needs Debian's chromium and chromium-driver, and " + needed + " is missing: "
                        + "run bin/test, which installs them (bin/setup --for-tests), or apt-get install chromium chromium-driver");
            }
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile = TestMedia.tempDir("avengine-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(profile.resolve("chromedriver.log").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        return new HeadlessChromium(driver, profile);
    }

    /** The WebDriver, for what the helpers here do not cover: forms, tabs, screenshots. */
    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** What a script on the current page returns: numbers, strings, lists and maps as Selenium maps them. */
    public Object evaluate(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> evaluateObject(String script) {
        return (Map<String, Object>) evaluate(script);
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete Chromium's profile " + profile, e);
        }
    }
}
