package fr.portailfamilles.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the journeys in a real browser: Debian's headless Chromium driven by its ChromeDriver. Where no
 * Chromium is installed the journeys are skipped with a message, except on CI, which installs it and must
 * run them.
 */
public abstract class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    protected WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser journeys, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "Browser journeys skipped: install Debian's chromium and chromium-driver to run them");
        profile = Files.createTempDirectory("portail-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=" + acceptLanguages().split(",")[0],
                "--user-data-dir=" + profile,
                // Chromium refuses some ports (10080 among them) unless told: the test server may listen on one.
                "--explicitly-allowed-ports=" + portal().getPort());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages(),
                "download.default_directory", downloads().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The languages the browser asks for (its Accept-Language), most wanted first. */
    protected String acceptLanguages() {
        return "fr-FR,fr";
    }

    /** Where the browser saves what it downloads (inside its throw-away profile). */
    protected Path downloads() {
        return profile.resolve("telechargements");
    }

    /**
     * Waits for the browser to finish saving a download whose name starts so, and takes it out of the folder
     * (a later download of the same name is then a new file).
     */
    protected byte[] awaitDownload(String namePrefix, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(downloads())) {
                try (Stream<Path> files = Files.list(downloads())) {
                    Optional<Path> done = files.filter(f -> f.getFileName().toString().startsWith(namePrefix)
                            && !f.getFileName().toString().endsWith(".crdownload")).findFirst();
                    if (done.isPresent()) {
                        byte[] content = Files.readAllBytes(done.get());
                        Files.delete(done.get());
                        return content;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No download \"" + namePrefix + "…\" within " + limit.toSeconds() + " s");
    }

    /** The address the journey browses: the test server, or the balancer in front of a cluster. */
    protected URI portal() {
        return TestServer.baseUri();
    }

    protected void open(String path) {
        browser.get(portal().resolve(path).toString());
        waitUntilReady();
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the page to load and for PrimeFaces' ajax queue to be empty. */
    protected void waitUntilReady() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            Object ready = ((JavascriptExecutor) driver).executeScript(
                    "return document.readyState === 'complete' && (!window.PrimeFaces || !window.PrimeFaces.ajax"
                            + " || window.PrimeFaces.ajax.Queue.isEmpty());");
            return Boolean.TRUE.equals(ready);
        });
    }

    /** Clicks something that submits a form or follows a link, and waits for the next page. */
    protected void clickAndWait(By locator) {
        WebElement element = waitFor(locator);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(element));
        waitUntilReady();
    }

    /**
     * The old page's element is gone once the next page replaced it. While the page is being swapped,
     * ChromeDriver may answer "does not belong to the document" instead of "stale element": the same fact.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException swapping) {
            return String.valueOf(swapping.getMessage()).contains("does not belong to the document");
        }
    }

    /** Replaces what the field holds; date pickers put back their text on clear(), so it is selected and deleted too. */
    protected void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Types a day into a date field (its calendar opens by its button only, so the keys go to the field). */
    protected void typeDate(By locator, String day) {
        type(locator, day);
        assertEquals(day, waitFor(locator).getDomProperty("value"), "the date field holds what was typed");
    }

    protected void logIn(String email, String password) {
        open("connexion.xhtml");
        type(By.id("email"), email);
        type(By.id("password"), password);
        clickAndWait(By.id("login"));
    }

    protected void logOut() {
        clickAndWait(By.id("logout-form:logout"));
    }

    /** Fetches an address with the browser's own session, as a click would: status, type and the file's first bytes. */
    protected List<Object> fetch(String href) {
        return List.copyOf((List<?>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),"
                        + " String.fromCharCode(...new Uint8Array(b.slice(0, 5)))])));", href));
    }

    /** The refusal PrimeFaces shows next to a field (its p:message, the field's next sibling). */
    protected String messageAt(String fieldId) {
        return waitFor(By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class,'ui-message-error')]")).getText();
    }

    protected String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /**
     * Shows the pages at this width, as a phone or a tablet would. Headless Chromium keeps a window at least about
     * 500 px wide whatever it is asked: the width is emulated instead, so 375 px really is 375 px.
     */
    protected void screenWidth(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the browser window's own width. */
    protected void windowWidth() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** How many pixels the page is wider than the screen: 0 when nothing makes it scroll sideways. */
    protected long sidewaysOverflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /**
     * The words of a table's cells and headers that the page shows cut: split over two lines (« 01/12/20 26 »,
     * « FOURNI ER ») or clipped by their cell (« Montant fac »). Empty when every word is shown whole.
     */
    @SuppressWarnings("unchecked")
    protected java.util.List<String> wordsCutIn(By table) {
        return (java.util.List<String>) ((JavascriptExecutor) browser).executeScript(
                "const cut = [];"
                        + "for (const cell of arguments[0].querySelectorAll('th, td')) {"
                        + "  if (cell.scrollWidth > cell.clientWidth + 1) { cut.push('clipped: ' + cell.textContent.trim()); }"
                        + "  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT); let node;"
                        + "  while ((node = walker.nextNode())) {"
                        + "    const words = /\\S+/g; let word;"
                        + "    while ((word = words.exec(node.data))) {"
                        + "      const range = document.createRange();"
                        + "      range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);"
                        + "      const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));"
                        + "      if (lines.size > 1) { cut.push(word[0]); }"
                        + "    }"
                        + "  }"
                        + "}"
                        + "return cut;", waitFor(table));
    }

    /** The enabled paginator buttons whose text contrasts less than WCAG AA's 4.5:1 with what is behind it, each as "text ratio". */
    protected java.util.List<String> paginatorButtonsBelowAa() {
        return textBelowAa(".ui-paginator .ui-button:not(.ui-state-disabled)");
    }

    /**
     * The visible elements matching the selector whose text contrasts less than WCAG AA's 4.5:1 with what is behind
     * it (the nearest ancestor with a background), each as "text ratio".
     */
    @SuppressWarnings("unchecked")
    protected java.util.List<String> textBelowAa(String selector) {
        return (java.util.List<String>) ((JavascriptExecutor) browser).executeScript(
                "const rgb = c => c.match(/[\\d.]+/g).map(Number);"
                        + "const lum = c => { const [r, g, b] = rgb(c).slice(0, 3).map(v => { v /= 255;"
                        + "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
                        + "  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
                        + "const behind = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;"
                        + "  const v = rgb(c); if (v.length < 4 || v[3] > 0) { return c; } } return 'rgb(255, 255, 255)'; };"
                        + "const low = [];"
                        + "for (const b of document.querySelectorAll(arguments[0])) {"
                        + "  if (!b.offsetParent || !b.textContent.trim()) { continue; }"
                        + "  const [l1, l2] = [lum(getComputedStyle(b).color), lum(behind(b))].sort((x, y) => y - x);"
                        + "  const ratio = (l1 + 0.05) / (l2 + 0.05);"
                        + "  if (ratio < 4.5) { low.push(b.textContent.trim() + ' ' + ratio.toFixed(2)); }"
                        + "}"
                        + "return low;", selector);
    }

    /** Clicks a button that asks a confirmation and answers it: yes or no. Answers the question it asked. */
    protected String answerConfirmation(By button, boolean yes) {
        waitFor(button).click();
        WebElement dialog = waitFor(By.cssSelector(".ui-confirm-dialog"));
        // An answer clicked while the dialog fades in lands on its modal mask, or is undone as the fade ends.
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(arguments[0]).opacity === '1' && !(window.jQuery && jQuery(arguments[0]).is(':animated'));", dialog)));
        String question = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("the dialog focuses « Non », never the action").until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return document.activeElement.classList.contains('ui-confirmdialog-no');")));
        WebElement asking = waitFor(button);
        if (yes) {
            dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        } else {
            focused().sendKeys(Keys.ESCAPE);
        }
        // The confirmed button may post the page (ajax="false") or send an ajax request: either is waited for.
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElements(By.cssSelector(".ui-confirm-dialog")).stream().noneMatch(WebElement::isDisplayed));
        waitUntilReady();
        if (!yes) {
            new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("Escape gives the focus back to the button that asked")
                    .until(driver -> asking.equals(focused()));
        }
        return question;
    }

    /** Waits until the keyboard's focus is on what says this: the message a reloaded page moved it to. */
    protected void awaitFocusOn(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("the focus on « " + text + " »")
                .until(driver -> focused().getText().contains(text));
    }

    /** The element that has the keyboard's focus. */
    protected WebElement focused() {
        return browser.switchTo().activeElement();
    }

    protected String messages() {
        return browser.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + " " + b).strip();
    }

    /** As the demo staff member: opens the portal access of the guardian with this e-mail. */
    protected void openPortalAccessAsStaff(String guardianEmail) {
        logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        open("gestion/acces-portail.xhtml");
        type(By.id("access-form:search"), guardianEmail);
        waitFor(By.id("access-form:find")).click();
        waitUntilReady();
        String row = "//tr[td[contains(., '" + guardianEmail + "')]]";
        String guardian = waitFor(By.xpath(row + "/td[1]")).getText();
        // The button names the guardian it opens the portal for, as a screen reader's list of buttons reads it.
        answerConfirmation(By.xpath(row + "//button[contains(@aria-label, ' : " + guardian + ", ')]"), true);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("access-form:messages"), guardianEmail));
        logOut();
    }
}
