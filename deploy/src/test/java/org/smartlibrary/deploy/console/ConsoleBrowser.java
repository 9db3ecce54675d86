package org.smartlibrary.deploy.console;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartlibrary.testkit.browser.HeadlessChromium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Headless Chromium driven through Selenium against one console: signs in the way a person does (pasting the token
 * on the sign-in page), waits for what a person waits for (text, the end of loading), and saves screenshots.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final int WIDTH = 1280;
    static final int HEIGHT = 1000;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    private ConsoleBrowser(ChromeDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    static ConsoleBrowser open(String baseUrl, Path screenshots, Path downloads) {
        HeadlessChromium chromium = HeadlessChromium.locate();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments(HeadlessChromium.arguments(WIDTH, HEIGHT));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        try {
            Files.createDirectories(screenshots);
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConsoleBrowser(new ChromeDriver(service, options), baseUrl, screenshots);
    }

    /** Opens the sign-in page, pastes the token and signs in; waits for the view the token opens. */
    void signIn(String token) {
        go("#/sign-in");
        until(d -> !d.findElements(By.id("token")).isEmpty());
        WebElement field = driver.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        until(d -> !d.getCurrentUrl().endsWith("#/sign-in"));
        awaitLoaded();
    }

    /** Loads the page at this route afresh (the tab's token stays) and waits until it has loaded. */
    void go(String hash) {
        driver.get(baseUrl + "/" + hash);
        driver.navigate().refresh();
        awaitLoaded();
    }

    /** Waits until no part of the page is still loading (the views mark loading parts aria-busy). */
    void awaitLoaded() {
        until(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete' "
                + "&& document.querySelector('main h1') !== null && document.querySelector('[aria-busy]') === null")));
    }

    /** Waits until the page's main region shows this text and nothing loads any more; answers the region's text. */
    String awaitText(String text) {
        until(d -> mainText().contains(text) && Boolean.TRUE.equals(script(
                "return document.querySelector('[aria-busy]') === null")));
        return mainText();
    }

    String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Empty when the page needs no sideways scrolling; else the page's width and the elements that make it wider
     * than the window (not inside a scrolling box, or positioned out of it).
     */
    @SuppressWarnings("unchecked")
    List<String> widerThanTheWindow() {
        return (List<String>) script("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) { return []; }
                const clipped = (e) => {
                  for (let a = e.parentElement; a; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') { return true; }
                  }
                  return false;
                };
                const outside = [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > width + 1);
                const escaping = outside.filter(e => !clipped(e)
                  || ['absolute', 'fixed'].includes(getComputedStyle(e).position));
                return ['page ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window']
                  .concat(escaping.slice(0, 10).map(e => e.tagName.toLowerCase()
                    + (e.className ? '.' + e.className : '') + ' right edge ' + Math.round(e.getBoundingClientRect().right)
                    + ' "' + e.textContent.slice(0, 40) + '"'));""");
    }

    /** Saves a PNG of the whole page (the window stretched to the page's height) under the screenshots folder. */
    Path screenshot(String name) {
        Path target = screenshots.resolve(name + ".png");
        Dimension window = driver.manage().window().getSize();
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
        try {
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(12000,
                    Math.max(window.getHeight(), height + (window.getHeight() - viewportHeight())))));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
        return target;
    }

    private int viewportHeight() {
        return ((Long) script("return window.innerHeight")).intValue();
    }

    ChromeDriver driver() {
        return driver;
    }

    private void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(condition);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
