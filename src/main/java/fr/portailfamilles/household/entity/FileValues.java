package fr.portailfamilles.household.entity;

import fr.portailfamilles.platform.control.FrenchFormats;

import java.util.Objects;

/** How the family file reads what people type: blank means "not given", and formats French users know. */
public final class FileValues {

    public static final String PHONE = FrenchFormats.PHONE;
    public static final String POSTCODE = FrenchFormats.POSTCODE;
    public static final String ALLOCATAIRE_NUMBER = "\\d{1,10}";
    public static final String EMAIL = FrenchFormats.EMAIL;
    public static final int EMAIL_LENGTH = FrenchFormats.EMAIL_LENGTH;
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
