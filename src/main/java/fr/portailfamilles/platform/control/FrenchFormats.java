package fr.portailfamilles.platform.control;

/** The formats French people know for what they type: every area reads them the same way. */
public final class FrenchFormats {

    /** 10 digits starting with 0, spaces between pairs allowed: 02 47 12 34 56. */
    public static final String PHONE = "0[1-9](\\s?\\d{2}){4}";
    public static final String POSTCODE = "\\d{5}";
    /** Something before and after one @, and a dot in the domain: what Bean Validation's @Email lets through, and a domain. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final int EMAIL_LENGTH = 254;

    private FrenchFormats() {
    }
}
