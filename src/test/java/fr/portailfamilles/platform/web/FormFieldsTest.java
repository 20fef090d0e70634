package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every date field of every page reads the date strictly: PrimeFaces' default (SMART) takes 31/02 for the 28th and
 * saves it without a word; STRICT refuses it with the French message of the faces-messages bundle.
 */
class DateFieldsTest {

    private static final Pattern DATE_PICKER = Pattern.compile("<p:datePicker\\b[^>]*>");

    @Test
    void everyDatePickerParsesStrictly() throws IOException {
        List<String> lenient;
        int count;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            List<String> pickers = pages.filter(p -> p.toString().endsWith(".xhtml")).flatMap(DateFieldsTest::pickers).toList();
            count = pickers.size();
            lenient = pickers.stream().filter(tag -> !tag.contains("resolverStyle=\"STRICT\"")).toList();
        }
        assertFalse(count == 0, "the pages have date fields");
        assertEquals(List.of(), lenient);
    }

    private static Stream<String> pickers(Path page) {
        try {
            Matcher tag = DATE_PICKER.matcher(Files.readString(page));
            return tag.results().map(m -> page.getFileName() + ": " + m.group());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
