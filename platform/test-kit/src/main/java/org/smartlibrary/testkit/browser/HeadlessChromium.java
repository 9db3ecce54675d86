package org.smartlibrary.testkit.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Chromium browser and its matching ChromeDriver installed on this machine, for browser tests. Nothing is
 * downloaded: a machine without them fails with a message saying how to install them. {@code SLP_CHROMIUM} and
 * {@code SLP_CHROMEDRIVER} (environment) name other binaries. Creating the WebDriver is left to the test, which
 * brings its own Selenium.
 *
 * @param browser the Chromium (or Chrome) executable
 * @param driver  the chromedriver executable of the same major version
 */
public record HeadlessChromium(Path browser, Path driver) {

    static final String INSTALL = "install them with: apt-get install -y chromium chromium-driver (Debian/Ubuntu, as "
            + "root), or set SLP_CHROMIUM and SLP_CHROMEDRIVER to the browser and driver executables";

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final List<String> DRIVERS = List.of("chromedriver");
    private static final List<Path> DRIVER_DIRECTORIES = List.of(Path.of("/usr/lib/chromium"),
            Path.of("/usr/lib/chromium-browser"));

    /** The installed browser and driver, or an {@link IllegalStateException} naming what is missing and the fix. */
    public static HeadlessChromium locate() {
        Optional<Path> browser = find("SLP_CHROMIUM", BROWSERS, List.of());
        Optional<Path> driver = find("SLP_CHROMEDRIVER", DRIVERS, DRIVER_DIRECTORIES);
        if (browser.isEmpty() || driver.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (browser.isEmpty()) {
                missing.add("Chromium (looked for " + String.join(", ", BROWSERS) + ")");
            }
            if (driver.isEmpty()) {
                missing.add("chromedriver");
            }
            throw new IllegalStateException("The browser tests need headless Chromium and chromedriver; missing: "
                    + String.join(" and ", missing) + " on PATH. " + INSTALL);
        }
        return new HeadlessChromium(browser.get(), driver.get());
    }

    /** Whether {@link #locate()} would succeed. */
    public static boolean isInstalled() {
        return find("SLP_CHROMIUM", BROWSERS, List.of()).isPresent()
                && find("SLP_CHROMEDRIVER", DRIVERS, DRIVER_DIRECTORIES).isPresent();
    }

    /**
     * The command-line switches for a headless run as root in a container or CI: the new headless mode, no sandbox
     * (root), /tmp instead of a small /dev/shm, a fixed window and language, no first-run or background network.
     */
    public static List<String> arguments(int width, int height) {
        return List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-US", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--hide-scrollbars", "--force-device-scale-factor=1");
    }

    private static Optional<Path> find(String variable, List<String> names, List<Path> extraDirectories) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(variable + "=" + configured + " is not an executable file; " + INSTALL);
            }
            return Optional.of(path);
        }
        String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
        Stream<Path> directories = Stream.concat(
                Stream.of(pathVariable.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(Path::of),
                extraDirectories.stream());
        List<Path> searched = directories.toList();
        for (String name : names) {
            for (Path directory : searched) {
                Path candidate = directory.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
