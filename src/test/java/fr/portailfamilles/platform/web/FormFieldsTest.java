package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What every form field of every page does with what is typed, read from the pages themselves. */
class FormFieldsTest {

    private static final Pattern DATE_PICKER = Pattern.compile("<p:datePicker\\b[^>]*>");
    private static final Pattern NUMBER_FIELD = Pattern.compile("<p:inputNumber\\b[^>]*>");
    private static final Pattern MINIMUM_ABOVE_ZERO = Pattern.compile("minValue=\"(0*[1-9]|0*\\.\\d*[1-9])");
    private static final Pattern TEXT_FIELD = Pattern.compile("<(p:inputText|p:inputTextarea|p:password|h:inputText|h:inputTextarea)\\b[^>]*>");

    /** PrimeFaces' default (SMART) takes 31/02 for the 28th and saves it without a word; STRICT refuses it in French. */
    @Test
    void everyDatePickerParsesStrictly() throws IOException {
        List<String> pickers = tags(DATE_PICKER);
        assertFalse(pickers.isEmpty(), "the pages have date fields");
        assertEquals(List.of(), pickers.stream().filter(tag -> !tag.contains("resolverStyle=\"STRICT\"")).toList());
    }

    /**
     * A calendar opened as the field gets the focus takes the keyboard into its days: Tab walked 30 days before
     * leaving it, and what was typed went into the calendar. The field is typed into; its button opens the calendar.
     */
    @Test
    void everyDatePickerOpensItsCalendarByItsButtonOnly() throws IOException {
        assertEquals(List.of(), tags(DATE_PICKER).stream()
                .filter(tag -> !tag.contains("showOnFocus=\"false\"") || !tag.contains("showIcon=\"true\"")).toList());
    }

    /**
     * A browser cuts a pasted text at a field's maxlength without a word (an address of 5,000 characters kept its
     * first 200): the limit is checked by the server instead, which says it at the field.
     */
    @Test
    void noTextFieldLetsTheBrowserCutWhatIsTyped() throws IOException {
        List<String> fields = tags(TEXT_FIELD);
        assertFalse(fields.isEmpty());
        assertEquals(List.of(), fields.stream().filter(tag -> tag.contains("maxlength=")).toList());
    }

    /**
     * With a minimum above zero, PrimeFaces' number field lets the browser refuse 0 or 500 with its own English
     * "Invalid", and its server side cuts a number sent into the range without a word: such a range is checked by
     * the bean's @Min/@Max instead, whose French message names it at the field.
     */
    @Test
    void noNumberFieldHasAMinimumAboveZero() throws IOException {
        List<String> fields = tags(NUMBER_FIELD);
        assertFalse(fields.isEmpty());
        assertEquals(List.of(), fields.stream()
                .filter(tag -> MINIMUM_ABOVE_ZERO.matcher(tag).find()).toList());
    }

    private static List<String> tags(Pattern tag) throws IOException {
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            return pages.filter(p -> p.toString().endsWith(".xhtml")).flatMap(page -> {
                try {
                    return tag.matcher(Files.readString(page)).results().map(m -> page.getFileName() + ": " + m.group());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
