package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The one configuration of every browser test: the application on a random port (one cached context shared by all
 * browser tests) driven by the system's headless Chromium through its chromedriver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}, as Debian's {@code chromium} and {@code chromium-driver} packages install them).
 * Without them the tests fail: they are part of the build.
 *
 * <p>The context also has MockMvc, unused here, so that it is the very configuration of the other tests on a random
 * port ({@code HttpEdgeTest}, {@code ParallelLoginLockoutTest}) and the test JVM starts one context for all of them.
 *
 * <p>The test classes share one browser, started once per test JVM; each test starts signed out. The accounts the
 * tests sign in with are created once per test run with unique names. Screenshots for the user guide go to
 * {@code zhiben.screenshots.dir}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    protected static final String PASSWORD = "Browser-Test-2026!";
    private static final Duration POLL = Duration.ofMillis(100);

    /** Accounts of this test run: the committee office, an auditor, and county officers of Akto and Artux. */
    protected static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    protected static final String ADMIN = "ui-admin-" + RUN;
    protected static final String AUDITOR = "ui-auditor-" + RUN;
    protected static final String AKTO_OFFICER = "ui-akto-" + RUN;
    private static boolean accountsCreated;

    @LocalServerPort
    int port;

    @Autowired
    CreateUser createUser;

    @Autowired
    ChangeOwnPassword changeOwnPassword;

    protected WebDriver browser;

    /**
     * Starts the test JVM's one Chromium on the first browser test class and hands it to every later one: a Chromium
     * with a fresh profile takes seconds to start, and each test begins signed out in a window of the usual size
     * anyway. A browser that no longer answers (it crashed, a dialog was left open) is replaced. What the console
     * reported before this class began is read and dropped, so that {@link #consoleErrors()} tells only this class's.
     */
    @BeforeAll
    void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium must be installed (apt-get install chromium chromium-driver)").exists();
        assertThat(CHROMEDRIVER).as("chromedriver must be installed (apt-get install chromium-driver)").exists();
        createAccounts();
        browser = SharedBrowser.get();
        browser.manage().logs().get(LogType.BROWSER);
    }

    /** The one Chromium of the test JVM, quit (and its profile folder deleted) when the JVM ends. */
    private static final class SharedBrowser {

        private static WebDriver browser;
        private static ChromeDriverService service;
        private static Path profile;
        private static boolean stopOnExit;

        static synchronized WebDriver get() throws IOException {
            if (browser != null && !answers(browser)) {
                stop();
            }
            if (browser == null) {
                start();
                if (!stopOnExit) {
                    Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::stopQuietly, "chromium-stop"));
                    stopOnExit = true;
                }
            }
            return browser;
        }

        private static boolean answers(WebDriver browser) {
            try {
                browser.switchTo().defaultContent();
                browser.getWindowHandle();
                return true;
            } catch (org.openqa.selenium.WebDriverException broken) {
                return false;
            }
        }

        private static void start() throws IOException {
            profile = Files.createTempDirectory("zhiben-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + profile, "--lang=zh-CN");
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
            service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort()
                    .build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }

        private static synchronized void stop() throws IOException {
            try {
                if (browser != null) {
                    browser.quit();
                }
            } catch (org.openqa.selenium.WebDriverException alreadyGone) {
                // the browser ended by itself; its driver and profile are cleaned up below
            } finally {
                browser = null;
                if (service != null) {
                    service.stop();
                    service = null;
                }
                if (profile != null) {
                    try (var files = Files.walk(profile)) {
                        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                    }
                    profile = null;
                }
            }
        }

        private static void stopQuietly() {
            try {
                stop();
            } catch (IOException | RuntimeException ignored) {
                // the JVM is ending; a leftover temporary folder is all that can remain
            }
        }
    }

    @BeforeEach
    void signedOutInChinese() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/login?lang=zh-CN");
        browser.manage().deleteAllCookies();
    }

    private void createAccounts() {
        synchronized (BrowserTest.class) {
            if (accountsCreated) {
                return;
            }
            create(ADMIN, "安委办测试管理员", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN));
            create(AUDITOR, "测试审计人员", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.AUDITOR));
            create(AKTO_OFFICER, "阿克陶县测试人员", RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
                    JurisdictionCode.of("653022"), Role.COUNTY_OFFICER));
            accountsCreated = true;
        }
    }

    /** Creates an account with the test password, for a test that needs a role or affiliation of its own. */
    protected void create(String name, String displayName, RoleAssignment assignment) {
        Username username = Username.of(name);
        var issued = createUser.create(Actor.SYSTEM, new CreateUserCommand(username, displayName, assignment));
        changeOwnPassword.change(new Actor(name, assignment.roles().iterator().next().name(),
                assignment.unit() == null ? null : assignment.unit().value()),
                new ChangeOwnPasswordCommand(username, issued.oneTimePassword(), PASSWORD));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected void signIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndLoad(By.id("login-submit"));
        waitFor(By.id("signed-in"));
    }

    /**
     * Clicks something that loads a new page (a submit button, a link) and waits until the old page is gone, so that
     * what is looked for next cannot be found on the page that was just left.
     */
    protected void clickAndLoad(By locator) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        browser.findElement(locator).click();
        waitUpTo(Duration.ofSeconds(10)).until(driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium sometimes reports a node of the unloaded document this way instead of as stale
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Clicks a button whose form asks first (data-confirm): waits for the confirmation dialog, confirms it and waits
     * until the new page is loaded.
     */
    protected void confirmAndLoad(By locator) {
        browser.findElement(locator).click();
        waitFor(By.id("confirm-dialog"));
        clickAndLoad(By.id("confirm-ok"));
    }

    protected WebElement waitFor(By locator) {
        return waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitUntilUrlContains(String part) {
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    /**
     * A wait that looks again every 100 ms (Selenium's default is every 500 ms, which makes each wait for what a
     * script shows a moment later last half a second), failing after {@code timeout}.
     */
    protected WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout, POLL);
    }

    protected String text(By locator) {
        return browser.findElement(locator).getText();
    }

    /**
     * The errors the browser's console reported since this was last asked (script errors, refused resources, content
     * security policy violations), as Chromium words them.
     */
    protected List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /**
     * Saves a PNG of the whole page (up to 2,400 px high) for the user guide, then restores the window.
     */
    protected void screenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(),
                (int) Math.min(2400, Math.max(before.getHeight(), height + 200))));
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path folder = Path.of(System.getProperty("zhiben.screenshots.dir", "../docs/user-guide/images"));
        Files.createDirectories(folder);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(before);
    }
}
