package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Accessibility;
import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the portal, as each role reaches it by following links from its home, checked by axe-core for the
 * WCAG 2.1 A and AA rules. A page no link leads to is reported too: a new page is checked the day it is linked. Every
 * role's pages are walked again at a phone's width, where none may scroll sideways nor cut what a list's card holds.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityJourneyIT extends BrowserTest {

    /**
     * Pages no link of the demo leads to: an e-mailed link, the payment service's way out and back, and a payment's
     * cancellation (the demo records no payment).
     */
    private static final Set<String> NOT_LINKED = Set.of("reinitialisation.xhtml", "portail/paiement-envoi.xhtml",
            "portail/paiement-retour.xhtml", "gestion/paiement-annulation.xhtml");

    private final List<String> violations = new ArrayList<>();
    private final Set<String> visited = new TreeSet<>();
    private final List<String> tooWide = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyPageOfEveryRolePassesTheWcagRules() throws IOException {
        visitFrom("");
        visitAtPhoneWidthFrom("");
        for (String account : List.of(TestServer.PARENT, TestServer.STAFF, TestServer.IT)) {
            logIn(account, TestServer.DEMO_PASSWORD);
            String home = browser.getCurrentUrl();
            visitFrom(home);
            visitAtPhoneWidthFrom(home);
            logOut();
        }

        Set<String> unvisited = new TreeSet<>(pages());
        unvisited.removeAll(visited);
        unvisited.removeAll(NOT_LINKED);
        assertAll(
                () -> assertTrue(violations.isEmpty(), violations.size() + " WCAG 2.1 A/AA violations:\n" + String.join("\n", violations)),
                () -> assertEquals(Set.of(), unvisited, "pages no role reached by a link, so not checked"),
                () -> assertEquals(List.of(), tooWide, "pages that scroll sideways or cut a card's text on a phone"));
    }

    private void visitFrom(String start) {
        walkFrom(start, page -> {
            visited.add(page);
            violations.addAll(Accessibility.wcagViolations(browser));
        });
    }

    /**
     * At a phone's width (375 px) no page scrolls sideways, and nothing a list shown as cards (reflow) holds runs out
     * of its card, where the card would cut it (a long e-mail address, a field, a family's name).
     */
    private void visitAtPhoneWidthFrom(String start) {
        screenWidth(375, 812);
        walkFrom(start, page -> {
            long overflow = sidewaysOverflow();
            if (overflow > 0) {
                tooWide.add(page + " is " + overflow + " px wider than a 375 px screen");
            }
            cardCellsCut().forEach(cell -> tooWide.add(page + " cuts « " + cell + " » at 375 px"));
        });
        windowWidth();
    }

    @SuppressWarnings("unchecked")
    private List<String> cardCellsCut() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "const cut = [];"
                        + "for (const cell of document.querySelectorAll('.ui-datatable-reflow .ui-datatable-data > tr > td')) {"
                        + "  const card = cell.closest('.ui-datatable').getBoundingClientRect();"
                        + "  const shown = [cell, ...cell.querySelectorAll('*')].filter(e => e.getClientRects().length"
                        + "      && !e.closest('.ui-helper-hidden-accessible'));"
                        + "  if (shown.some(e => e.getBoundingClientRect().right > card.right + 1)) {"
                        + "    cut.push(cell.textContent.trim().substring(0, 60));"
                        + "  }"
                        + "}"
                        + "return cut.slice(0, 5);");
    }

    /** Follows every link of the portal from a page, each page once (its first address: one household, one child). */
    private void walkFrom(String start, Consumer<String> onPage) {
        Deque<String> toVisit = new ArrayDeque<>(List.of(absolute(start)));
        Set<String> seenHere = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            String address = toVisit.pop();
            String page = pageOf(address);
            if (!seenHere.add(page)) {
                continue;
            }
            browser.get(address);
            waitUntilReady();
            onPage.accept(pageOf(browser.getCurrentUrl()));
            for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
                String href = link.getDomProperty("href");
                if (isPageOfThePortal(href) && !seenHere.contains(pageOf(href))) {
                    toVisit.add(href);
                }
            }
        }
    }

    private static String absolute(String path) {
        return path.startsWith("http") ? path : TestServer.baseUri().resolve(path).toString();
    }

    private static boolean isPageOfThePortal(String href) {
        String base = TestServer.baseUri().toString();
        if (href == null || !href.startsWith(base)) {
            return false;
        }
        String page = pageOf(href);
        return page.endsWith(".xhtml") && !NOT_LINKED.contains(page);
    }

    /** The page an address shows, without its query: "gestion/famille.xhtml"; the home is "index.xhtml". */
    private static String pageOf(String address) {
        String path = URI.create(address).getPath();
        String relative = path.substring(TestServer.baseUri().getPath().length());
        return relative.isEmpty() ? "index.xhtml" : relative;
    }

    private static Set<String> pages() throws IOException {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
