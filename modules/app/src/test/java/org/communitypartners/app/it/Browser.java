package org.communitypartners.app.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, offline (nothing downloads), with a fresh
 * profile; saves screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    Browser(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // A page being replaced (navigation, an ajax update) leaves elements stale for a moment.
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        screenshots = Path.of(System.getProperty("cp.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks once the element can take it: retries while an ajax update replaces the element or
     * a closing overlay (a select's panel fading out) still covers it.
     */
    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, as a person would: open the
     * menu, wait until its panel has finished sliding open (a click during the animation selects
     * but leaves the panel open), click the option, wait until the panel is gone.
     */
    void choose(String menuId, String label) throws IOException {
        By panel = By.id(menuId + "_panel");
        click(By.id(menuId));
        try {
            until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("var p = arguments[0];"
                    + " return getComputedStyle(p).display !== 'none' && getComputedStyle(p).opacity === '1';",
                    d.findElement(panel)));
            click(By.xpath("//li[contains(@id,'" + menuId + "_') and normalize-space(text())='" + label + "']"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        } catch (TimeoutException stuck) {
            screenshot("choose-" + menuId.replace(':', '-') + "-stuck");
            throw stuck;
        }
    }

    void signIn(URI base, String username) {
        open(base.resolve("login.xhtml").toString());
        type(By.id("login:username"), username);
        type(By.id("login:password"), Fixtures.PASSWORD);
        click(By.id("login:signIn"));
        until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
    }

    void signOut(URI base) {
        driver.manage().deleteAllCookies();
        open(base.resolve("login.xhtml").toString());
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Scrolls the element to the top of the window, so a screenshot shows what lies below the fold. */
    void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(by));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The page's text, read again if the page was being replaced while reading it. */
    String pageText() {
        return wait.until(d -> d.findElement(By.tagName("body")).getText());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
