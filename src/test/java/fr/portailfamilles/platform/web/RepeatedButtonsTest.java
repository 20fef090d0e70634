package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A button repeated on each row of a table or list (« Ouvrir l’accès », « Accepter », « Valider ») is heard by a
 * screen reader's list of buttons as the same word many times over: each names the row it acts on in its
 * aria-label, as the attendance buttons do (« Présent : Léa MARTIN »); so does a link repeated on each row. Read from the
 * pages themselves.
 */
class RepeatedButtonsTest {

    private static final Set<String> REPEATERS = Set.of("dataTable", "repeat", "dataList", "dataView");
    /** Buttons, and links to a page about the row (h:link, p:link, h:outputLink): « Reçu », « Annuler » … */
    private static final Set<String> BUTTONS = Set.of("commandButton", "commandLink", "button", "linkButton", "link", "outputLink");
    /** A link whose own text names its row (a child's name, a file's) needs no more. */
    private static final Set<String> LINKS = Set.of("link", "outputLink");
    private static final String PASSTHROUGH = "jakarta.faces.passthrough";


    @Test
    void eachRepeatedButtonNamesItsRow() throws Exception {
        List<String> repeated = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                collect(factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement(), null, page.getFileName() + ": ",
                        repeated, unnamed);
            }
        }
        assertTrue(repeated.size() > 10, "the pages have buttons in tables: " + repeated);
        assertEquals(List.of(), unnamed);
    }

    private static void collect(Element element, String rowVar, String page, List<String> repeated, List<String> unnamed) {
        String name = element.getLocalName();
        String var = REPEATERS.contains(name) && element.hasAttribute("var") ? element.getAttribute("var") : rowVar;
        if (REPEATERS.contains(name) && element.hasAttribute("rowIndexVar")) {
            // A row without a name of its own (a tariff's bracket being typed) is named by its position: "tranche 2".
            var = var + "|" + element.getAttribute("rowIndexVar");
        }
        if (rowVar != null && BUTTONS.contains(name)) {
            String label = element.getAttributeNS(PASSTHROUGH, "aria-label") + element.getAttribute("ariaLabel")
                    + (LINKS.contains(name) ? element.getAttribute("value") + element.getTextContent() : "");
            String button = page + element.getAttribute("id");
            repeated.add(button);
            if (Stream.of(rowVar.split("\\|")).noneMatch(row -> namesRow(label, row))) {
                unnamed.add(button + " (" + element.getAttribute("value") + ")");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, var, page, repeated, unnamed);
            }
        }
    }

    private static boolean namesRow(String label, String row) {
        return label.contains("#{" + row + ".") || label.contains("(" + row + ".") || label.contains(" " + row + ".")
                || label.contains("#{" + row + " ");
    }
}
