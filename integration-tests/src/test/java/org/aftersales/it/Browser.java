package org.aftersales.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for tests that use the pages as a person does, at tablet size (1024×768) — or, {@link
 * #phone}, as a 375×667 phone with touch (issue 16, the engineer's phone).
 */
final class Browser implements AutoCloseable {

    /** How long {@link #choose} keeps trying before the test fails. */
    static final Duration CHOICE_TIMEOUT = Duration.ofSeconds(40);

    final WebDriver driver;
    /** Where the browser saves downloads (an Excel button's workbook, say). */
    final Path downloads;

    private final String base;
    private final WebDriverWait wait;

    Browser(String base) {
        this(base, false);
    }

    /**
     * A phone: 375×667 CSS pixels at a device pixel ratio of 2, touch events on, a mobile user agent — Chromium's
     * device emulation ({@code mobileEmulation}), as its DevTools' device toolbar does.
     */
    static Browser phone(String base) {
        return new Browser(base, true);
    }

    private Browser(String base, boolean phone) {
        this.base = base.replaceAll("/+$", "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("aftersales.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("aftersales-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            downloads = Files.createTempDirectory("aftersales-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics",
                            java.util.Map.of("width", 375, "height", 667, "pixelRatio", 2.0, "touch", true),
                            "userAgent",
                            "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
                                    + " Chrome/120.0 Mobile Safari/537.36"));
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriver chrome = new ChromeDriver(options);
        // Headless Chromium saves downloads only where it is told to, through the DevTools protocol.
        chrome.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver = chrome;
        if (!phone) {
            driver.manage().window().setSize(new Dimension(1024, 768));
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String user, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Clicks the element once it can be clicked, waiting up to 30 s (an ajax update on a loaded machine, say). */
    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    void type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces whatever a prefilled input holds (a date picker's default day, say): select all, delete, type. A plain
     * clear() is undone by some widgets, which then append the typed text to the old value.
     */
    void retype(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * The element's text once it settles: an ajax update (a search filter typed key by key, say) may replace the
     * element between finding and reading it, so it is found again until it can be read.
     */
    String text(By by) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    /**
     * Chooses the item labelled {@code label} in the PrimeFaces select-one menu {@code menuId} as a person does: opens
     * the menu's panel, clicks the item, and does so again until the menu's label shows the choice. On a loaded machine
     * a click can land before the panel has opened, an ajax update can re-render the menu in between (or still be
     * replacing its items), and a panel opened near the window's edge can move as the page scrolls to its item; each
     * such miss is tried again, for at most {@link #CHOICE_TIMEOUT}. The menu is scrolled to the middle of the window
     * first, so that its panel opens where the click on an item lands.
     */
    void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By shown = By.id(menuId + "_label");
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[@data-label='" + label + "']");
        try {
            new WebDriverWait(driver, CHOICE_TIMEOUT).until(d -> {
                try {
                    if (d.findElement(shown).getText().trim().equals(label)) {
                        return true;
                    }
                    WebElement opener = d.findElement(menu);
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", opener);
                    opener.click();
                    new WebDriverWait(d, Duration.ofSeconds(5))
                            .until(ExpectedConditions.elementToBeClickable(item))
                            .click();
                } catch (RuntimeException retry) {
                    // not open yet, re-rendered under us, or the click went astray: try again on the next poll
                }
                return false;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "could not choose '" + label + "' in the menu " + menuId + ": it shows '"
                            + driver.findElement(shown).getText() + "'",
                    e);
        }
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** Waits until the browser has finished saving a download of this name, and returns its path. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** True when the page is wider than the window, i.e. the user would have to scroll sideways. */
    boolean scrollsHorizontally() {
        Object result = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(result);
    }

    void screenshot(String name) {
        Path folder = Path.of(System.getProperty("aftersales.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
