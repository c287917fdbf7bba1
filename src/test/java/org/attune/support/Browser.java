package org.attune.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium, driven through the system's chromedriver
 * (never a downloaded one), with a fresh profile of its own. Its person reads
 * English (its languages are "en-US, en", whatever the machine's locale),
 * unless made with {@link #readingLanguages(String)}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("attune.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("attune.chromedriver", "/usr/bin/chromedriver"));

    /** How long a wait for the page lasts before it fails. */
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    public Browser() {
        this(options -> {});
    }

    /**
     * A browser whose person reads these languages, in this order ("fr-CA,fr"), as the
     * settings of a phone or a computer give them: the page reads them in
     * {@code navigator.languages}, servers in {@code Accept-Language}.
     */
    public static Browser readingLanguages(String languages) {
        return new Browser(options -> options.setExperimentalOption("prefs", languages(languages)));
    }

    private static java.util.Map<String, Object> languages(String languages) {
        return java.util.Map.of("intl.accept_languages", languages);
    }

    /** A browser with something more in its options, such as which logs Chromium keeps. */
    public Browser(java.util.function.Consumer<ChromeOptions> more) {
        try {
            profile = Files.createTempDirectory("attune-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1100,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", languages("en-US,en"));
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
        wait.withMessage(this::connectionLine);
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement visible(By by) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(() -> by + " never showed; the page is " + whereAndWhat())
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Presses a button as a person would: scrolls the page until it is in the
     * middle of the screen, clear of the banner at the top and the composer
     * pinned to the bottom, and clicks it.
     */
    public void press(By by) {
        WebElement button = visible(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Waits until {@code condition} gives something other than {@code null} or {@code false}, and returns it. */
    public <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits until the element's text contains {@code text}, any kind of space alike: French
     * puts a no-break space before a colon or a question mark (see {@link Bundles#plain}).
     */
    public void waitForWords(By by, String text) {
        waitForWords(by, text, Duration.ofSeconds(20));
    }

    /** {@link #waitForWords(By, String)} for things that take their time. */
    public void waitForWords(By by, String text, Duration within) {
        new WebDriverWait(driver, within)
                .withMessage(
                        () -> "\"" + text + "\" in " + by + ", which said \"" + textOf(by) + "\"; " + connectionLine())
                .until(d -> Bundles.plain(d.findElement(by).getText()).contains(Bundles.plain(text)));
    }

    private String textOf(By by) {
        try {
            return driver.findElement(by).getText();
        } catch (RuntimeException e) {
            return "(nothing: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** Like {@link #waitForText(By, String)}, for things that take their time, such as the end of a pause. */
    public void waitForText(By by, String text, Duration within) {
        new WebDriverWait(driver, within)
                .withMessage(this::connectionLine)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** What the page says about its connection to the room, for a wait that failed. */
    private String connectionLine() {
        try {
            return "the page's connection line said: \""
                    + driver.findElement(By.id("connection")).getText() + "\"";
        } catch (RuntimeException e) {
            return "the page has no connection line; it is " + whereAndWhat();
        }
    }

    /** The page's address and title and the start of its text, to tell a failed wait apart (a sign-in page, say). */
    private String whereAndWhat() {
        try {
            String text = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
            return driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), saying: \""
                    + text.substring(0, Math.min(300, text.length())) + "\"";
        } catch (RuntimeException e) {
            return "a page that cannot be read: " + e.getClass().getSimpleName();
        }
    }

    /** Waits until the element is hidden or gone. */
    public void gone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Chooses an option of a select by its value. */
    public void choose(By select, String value) {
        new org.openqa.selenium.support.ui.Select(visible(select)).selectByValue(value);
    }

    /** Signs in on Keycloak's own login page, as a person would. */
    public void signIn(String username, String password) {
        visible(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /**
     * Signs in as a person would (the start page, Keycloak's login page) and
     * opens a room's page by its address; the caller waits for what it needs.
     */
    public void signInAndOpenRoom(String username, String roomId) {
        signInAndOpenRoom(TestStack.appUrl(), username, roomId);
    }

    /** {@link #signInAndOpenRoom(String, String)} at another address, such as a load balancer's. */
    public void signInAndOpenRoom(String appUrl, String username, String roomId) {
        open(appUrl + "/");
        visible(By.id("sign-in")).click();
        signIn(username, DemoUsers.PASSWORD);
        visible(By.id("join-code"));
        open(appUrl + "/?room=" + roomId);
    }

    /** {@link #signInAndOpenRoom} for the demo therapist, who also gives the one-time code. */
    public void signInAsTherapistAndOpenRoom(String roomId) {
        open(TestStack.appUrl() + "/");
        visible(By.id("sign-in")).click();
        signInAsTherapist();
        visible(By.id("join-code"));
        open(TestStack.appUrl() + "/?room=" + roomId);
    }

    /** Signs in as the demo therapist: password, then the one-time code, as on a phone's authenticator. */
    public void signInAsTherapist() {
        signIn(DemoUsers.THERAPIST, DemoUsers.PASSWORD);
        visible(By.id("otp")).sendKeys(Totp.fresh(DemoUsers.THERAPIST_OTP_SECRET));
        driver.findElement(By.id("kc-login")).click();
    }

    /** Tells the page the system prefers a "light" or a "dark" scheme, as the settings of a phone or computer do. */
    public void prefersColorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                java.util.Map.of(
                        "features",
                        java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Scans the page with axe-core; returns the serious and critical WCAG 2.2 AA violations, described. */
    public java.util.List<String> seriousAccessibilityViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
    }

    /** Saves a PNG of the current page under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            // The whole page, not just the window: grow the window to the page for the picture.
            org.openqa.selenium.Dimension window = driver.manage().window().getSize();
            Object height = driver.executeScript("return document.documentElement.scrollHeight");
            int pageHeight = Math.min(3000, Math.max(window.getHeight(), ((Number) height).intValue()));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), pageHeight));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(window);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a PNG of what the window shows now, as a person sees it on that screen, under target/screenshots. */
    public Path screenshotOfWindow(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        Directories.deleteTree(profile);
    }
}
