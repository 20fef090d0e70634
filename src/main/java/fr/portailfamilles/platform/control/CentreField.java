package fr.portailfamilles.platform.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What IT types about the centre, with what each field accepts. The form shows a refusal next to its field; the
 * boundary asks again, so that nothing another client sends is saved half right.
 */
public enum CentreField {

    NAME("centre.name", true, 120, null, null),
    ADDRESS_LINE("centre.address", true, 120, null, null),
    ADDRESS_MORE("centre.addressMore", false, 120, null, null),
    POSTCODE("centre.postcode", true, 5, FrenchFormats.POSTCODE, "centre.postcode.invalid"),
    TOWN("centre.town", true, 100, null, null),
    PHONE("centre.phone", true, 20, FrenchFormats.PHONE, "centre.phone.invalid"),
    EMAIL("centre.email", true, FrenchFormats.EMAIL_LENGTH, FrenchFormats.EMAIL, "centre.email.invalid"),
    OPENING_HOURS("centre.hours", false, 500, null, null),
    PUBLICATION_DIRECTOR("centre.publicationDirector", false, 120, null, null),
    HOST("centre.host", false, 500, null, null);

    private final String subject;
    private final boolean required;
    private final int maxLength;
    private final String format;
    private final String formatMessage;

    CentreField(String subject, boolean required, int maxLength, String format, String formatMessage) {
        this.subject = subject;
        this.required = required;
        this.maxLength = maxLength;
        this.format = format;
        this.formatMessage = formatMessage;
    }

    /** The setting's name in the security journal (audit.setting.&lt;subject&gt;). */
    public String subject() {
        return subject;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Blank is "not given"; what is kept has no spaces around it. */
    public static String cleaned(String typed) {
        return typed == null || typed.isBlank() ? "" : typed.strip();
    }

    /** @return the message key (its argument is {@link #maxLength()}) of what is wrong with the value, if anything */
    public Optional<String> problem(String typed) {
        String value = cleaned(typed);
        if (value.isEmpty()) {
            return required ? Optional.of("centre.required") : Optional.empty();
        }
        if (format != null && !value.matches(format)) {
            return Optional.of(formatMessage);
        }
        return value.length() > maxLength ? Optional.of("centre.tooLong") : Optional.empty();
    }

    /** Every field's problem, in the form's order; empty when all may be saved. */
    public static Map<CentreField, String> problems(Map<CentreField, String> typed) {
        Map<CentreField, String> problems = new EnumMap<>(CentreField.class);
        for (CentreField field : values()) {
            field.problem(typed.get(field)).ifPresent(key -> problems.put(field, key));
        }
        return problems;
    }
}
