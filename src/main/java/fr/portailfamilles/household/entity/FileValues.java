package fr.portailfamilles.household.entity;

import java.util.Objects;

/** How the family file reads what people type: blank means "not given", and formats French users know. */
public final class FileValues {

    /** 10 digits starting with 0, spaces between pairs allowed: 02 47 12 34 56. */
    public static final String PHONE = "0[1-9](\\s?\\d{2}){4}";
    public static final String POSTCODE = "\\d{5}";
    public static final String ALLOCATAIRE_NUMBER = "\\d{1,10}";
    /** Something before and after one @, and a dot in the domain: what Bean Validation's @Email lets through, and a domain. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final int EMAIL_LENGTH = 254;
    /** As the staff's form limits the people a child may leave with. */
    public static final int CONTACT_NAME_LENGTH = 160;
    public static final int RELATIONSHIP_LENGTH = 60;

    private FileValues() {
    }

    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static boolean differ(String before, String after) {
        return !Objects.equals(given(before), given(after));
    }
}
