package fr.portailfamilles.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

/** Deque's axe-core, run in the test browser on the page it shows: what it finds, one line per element. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** The violations of the WCAG 2.1 A and AA rules on the page shown, each as "page · rule: element (what is wrong)". */
    public static List<String> wcagViolations(WebDriver browser) {
        return lines(browser, new AxeBuilder().withTags(WCAG_21_AA).analyze(browser));
    }

    private static List<String> lines(WebDriver browser, Results results) {
        String page = browser.getCurrentUrl();
        return results.getViolations().stream()
                .flatMap(rule -> lines(page, rule).stream())
                .toList();
    }

    private static List<String> lines(String page, Rule rule) {
        return rule.getNodes().stream()
                .map(node -> page + " · " + rule.getId() + ": " + node.getTarget() + " ("
                        + node.getFailureSummary().replaceAll("\\s+", " ").strip() + ")")
                .collect(Collectors.toList());
    }
}
