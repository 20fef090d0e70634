package fr.portailfamilles.household.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A person to call or who may collect a child, as typed in a form. */
public record ContactLine(String fullName, String phone, String relationship) {

    /** Between people and between the details of one person in a change request: neither can be typed in a field. */
    private static final String PEOPLE = "\n";
    private static final String DETAILS = "\t";
    private static final Comparator<ContactLine> ORDER = Comparator.comparing(ContactLine::fullName)
            .thenComparing(ContactLine::phone).thenComparing(l -> FileValues.orEmpty(l.relationship()));

    /** Tabs and line breaks (a forged form can send them) become spaces, so that {@link #encode} can be read back. */
    public ContactLine {
        fullName = flatten(fullName);
        phone = flatten(phone);
        relationship = FileValues.given(flatten(relationship));
    }

    public static ContactLine of(ChildContact contact) {
        return new ContactLine(contact.getFullName(), contact.getPhone(), contact.getRelationship());
    }

    /** As the change log shows it. */
    public static String describe(ChildContact contact) {
        return of(contact).describe();
    }

    public String describe() {
        return fullName + " (" + phone + (relationship == null ? "" : ", " + relationship) + ")";
    }

    /**
     * A list of people as one value a change request keeps and compares, in the same order whatever the order typed:
     * null when nobody is listed.
     */
    public static String encode(List<ContactLine> lines) {
        return FileValues.given(lines.stream().sorted(ORDER)
                .map(l -> String.join(DETAILS, l.fullName, l.phone, FileValues.orEmpty(l.relationship)))
                .collect(Collectors.joining(PEOPLE)));
    }

    public static String encodeContacts(List<ChildContact> contacts) {
        return encode(contacts.stream().map(ContactLine::of).toList());
    }

    public static List<ContactLine> decode(String encoded) {
        if (FileValues.given(encoded) == null) {
            return List.of();
        }
        return Arrays.stream(encoded.split(PEOPLE)).map(line -> line.split(DETAILS, -1))
                .map(d -> new ContactLine(d[0], d[1], d.length > 2 ? d[2] : null)).toList();
    }

    /** An encoded list as people read it: "Name (phone, relationship); …". */
    public static String readable(String encoded) {
        return FileValues.given(decode(encoded).stream().map(ContactLine::describe).collect(Collectors.joining("; ")));
    }

    private static String flatten(String value) {
        return value == null ? null : value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
