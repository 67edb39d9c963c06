package dev.veracity.server.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, started headless for end-to-end tests.
 *
 * <p>The paths default to {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} and can be
 * changed with the system properties {@code veracity.chromium} and {@code veracity.chromedriver}.
 * Both are named explicitly so that Selenium never tries to download a browser or a driver.
 */
final class HeadlessChromium {

  /**
   * Flags known to work on machines without outside network: background networking, component
   * updates and sync would otherwise try to reach Google's hosts at every start.
   */
  private static final String[] FLAGS = {
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    "--lang=en-US"
  };

  private HeadlessChromium() {}

  static Path browser() {
    return Path.of(System.getProperty("veracity.chromium", "/usr/bin/chromium"));
  }

  static Path driver() {
    return Path.of(System.getProperty("veracity.chromedriver", "/usr/bin/chromedriver"));
  }

  /** Skips the calling test, with a visible reason, when Chromium or ChromeDriver is missing. */
  static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(browser()),
        "skipped: no Chromium at "
            + browser()
            + " (Debian: apt-get install -y chromium chromium-driver; or set -Dveracity.chromium)");
    assumeTrue(
        Files.isExecutable(driver()),
        "skipped: no ChromeDriver at "
            + driver()
            + " (Debian: apt-get install -y chromium-driver; or set -Dveracity.chromedriver)");
  }

  /**
   * Starts a fresh headless browser with its own empty profile under {@code profileDir}.
   *
   * @param size the window's inner size in CSS pixels
   */
  static ChromeDriver start(Path profileDir, Dimension size) throws IOException {
    Path profile = Files.createTempDirectory(profileDir, "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser().toFile());
    options.addArguments(FLAGS);
    options.addArguments(
        "--user-data-dir=" + profile, "--window-size=" + size.width + "," + size.height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver().toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(30))
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }
}
