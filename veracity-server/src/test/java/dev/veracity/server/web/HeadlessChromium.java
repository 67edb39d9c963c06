package dev.veracity.server.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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

  /**
   * Why browser tests cannot run here, or empty when Chromium and ChromeDriver are both installed.
   */
  static Optional<String> missing() {
    if (!Files.isExecutable(browser())) {
      return Optional.of(
          "skipped: no Chromium at "
              + browser()
              + " (Debian: apt-get install -y chromium chromium-driver; or set"
              + " -Dveracity.chromium)");
    }
    if (!Files.isExecutable(driver())) {
      return Optional.of(
          "skipped: no ChromeDriver at "
              + driver()
              + " (Debian: apt-get install -y chromium-driver; or set -Dveracity.chromedriver)");
    }
    return Optional.empty();
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
