package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A message is shown once. A view holds several components that show the messages of no particular field: the
 * layout's (for those carried over a redirect) and the page's own, one per form on some pages. Without
 * redisplay="false" each of them shows the same message, and a parent read « 4 demande(s) annulée(s) » twice.
 */
class PageMessagesTest {

    private static final Pattern MESSAGES = Pattern.compile("<(p:messages|p:growl)\\b[^>]*>");

    /** Pages whose messages another engineer is changing at the moment (to be checked here once merged). */

    @Test
    void noGlobalMessageIsShownTwiceInOneView() throws IOException {
        List<String> global = globalMessagesTags();
        assertTrue(global.stream().anyMatch(tag -> tag.startsWith("layout.xhtml")), "the layout shows messages: " + global);
        assertTrue(global.size() > 10, "the pages have their own: " + global);
        assertEquals(List.of(), global.stream().filter(tag -> !tag.contains("redisplay=\"false\"")).toList());
    }

    /** Those with no {@code for}: they show global messages, and all of them when not {@code globalOnly}. */
    private static List<String> globalMessagesTags() throws IOException {
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            return pages.filter(p -> p.toString().endsWith(".xhtml"))
                    .flatMap(page -> {
                        try {
                            return MESSAGES.matcher(Files.readString(page)).results().map(m -> page.getFileName() + ": " + m.group());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(tag -> !tag.contains(" for="))
                    .toList();
        }
    }
}
