package fr.portailfamilles.content;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Takes the screenshots of Aide en ligne from the real pages, as a visitor and as the demo parent see them, into the
 * sources (src/main/webapp/resources/portail/aide): the next build ships them, so the help follows the pages. Then
 * checks that the help page shows one for each of its topics, served. A topic added to the help needs its page
 * here; its screenshot is served from the build after the one that took it.
 */
@ExtendWith(ArquillianExtension.class)
class HelpScreenshotsJourneyIT extends BrowserTest {

    private static final Path SHOTS = Path.of("src/main/webapp/resources/portail/aide");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** The help shows them at 960 × 600: a quarter of the pixels, still legible. */
    private static final double SCALE = 0.75;

    /** Each topic's page, in the help's order: those a visitor sees first, then the family's. */
    private static final Map<String, String> VISITOR_PAGES = new LinkedHashMap<>();
    private static final Map<String, String> FAMILY_PAGES = new LinkedHashMap<>();

    static {
        VISITOR_PAGES.put("connexion", "connexion.xhtml");
        VISITOR_PAGES.put("informations", "informations.xhtml");
        FAMILY_PAGES.put("mot-de-passe", "compte/mot-de-passe.xhtml");
        FAMILY_PAGES.put("mes-informations", "portail/mes-informations.xhtml");
        FAMILY_PAGES.put("mes-enfants", "portail/mes-enfants.xhtml");
        FAMILY_PAGES.put("pre-inscrire", "portail/pre-inscrire.xhtml");
        FAMILY_PAGES.put("inscriptions", "portail/inscriptions.xhtml");
        FAMILY_PAGES.put("factures", "portail/factures.xhtml");
        FAMILY_PAGES.put("paiements", "portail/paiements.xhtml");
        FAMILY_PAGES.put("payer", "portail/payer.xhtml");
        FAMILY_PAGES.put("ecrire", "portail/contact.xhtml");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyTopicShowsItsPageAsItIsToday() throws IOException {
        Files.createDirectories(SHOTS);
        screenWidth(WIDTH, HEIGHT);
        VISITOR_PAGES.forEach(this::shoot);
        logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        FAMILY_PAGES.forEach(this::shoot);
        logOut();

        open("aide.xhtml");
        List<WebElement> shown = browser.findElements(By.cssSelector("section.help-topic img.help-shot"));
        List<String> topics = shown.stream().map(img -> img.findElement(By.xpath("./ancestor::section[1]")).getDomAttribute("id")).toList();
        List<String> taken = Stream.concat(VISITOR_PAGES.keySet().stream(), FAMILY_PAGES.keySet().stream()).sorted().toList();
        assertEquals(taken, topics.stream().sorted().toList(), "every topic of the help has its page here, and no other");
        for (WebElement img : shown) {
            assertEquals(200L, fetch(img.getDomProperty("src")).get(0),
                    img.getDomProperty("src") + " served (a screenshot just added is served from the next build)");
        }
        windowWidth();
    }

    private void shoot(String topic, String page) {
        open(page);
        waitFor(By.tagName("h1"));
        if (topic.equals("pre-inscrire")) {
            showTheDemoWednesdays();
        }
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try {
            ImageIO.write(scaled(ImageIO.read(new ByteArrayInputStream(png))), "png", SHOTS.resolve(topic + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Screenshot of " + page + " not written", e);
        }
    }

    /** Pré-inscrire is shown as the help describes it: a child, the demo's Wednesdays, a period and its calendar. */
    private void showTheDemoWednesdays() {
        new Select(waitFor(By.id("child"))).selectByIndex(1);
        waitUntilReady();
        Select activity = new Select(waitFor(By.id("activity")));
        activity.getOptions().stream().map(WebElement::getText).filter(name -> name.startsWith("MERCREDI")).findFirst()
                .ifPresent(name -> {
                    activity.selectByVisibleText(name);
                    waitUntilReady();
                    new Select(waitFor(By.id("period"))).selectByIndex(1);
                    waitUntilReady();
                    waitFor(By.id("show-calendar")).click();
                    waitUntilReady();
                    waitFor(By.id("calendar"));
                });
    }

    private static BufferedImage scaled(BufferedImage shot) {
        int width = (int) Math.round(shot.getWidth() * SCALE);
        int height = (int) Math.round(shot.getHeight() * SCALE);
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(shot, 0, 0, width, height, null);
        graphics.dispose();
        return small;
    }
}
