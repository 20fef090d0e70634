package fr.portailfamilles.household.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the change log compares when a child's file changes. */
public enum ChildField {
    LAST_NAME(Child::getLastName),
    FIRST_NAME(Child::getFirstName),
    BIRTH_DATE(c -> c.getBirthDate().toString()),
    SEX(c -> c.getSex().name()),
    SCHOOL(Child::getSchool),
    SCHOOL_CLASS(Child::getSchoolClass),
    ALLERGIES(Child::getAllergies),
    PAI(c -> c.isHasPai() ? c.getPaiDetails() : null),
    DOCTOR(c -> FileValues.given(String.join(" ", FileValues.orEmpty(c.getDoctorName()), FileValues.orEmpty(c.getDoctorPhone())))),
    PHOTOS(c -> String.valueOf(c.isPhotosAllowed())),
    LEAVE_ALONE(c -> String.valueOf(c.isMayLeaveAlone())),
    PICKUPS(c -> people(c, ContactKind.PICKUP)),
    EMERGENCY_CONTACTS(c -> people(c, ContactKind.EMERGENCY));

    private final Function<Child, String> reader;

    ChildField(Function<Child, String> reader) {
        this.reader = reader;
    }

    public static Map<ChildField, String> snapshot(Child child) {
        Map<ChildField, String> values = new EnumMap<>(ChildField.class);
        for (ChildField field : values()) {
            values.put(field, field.reader.apply(child));
        }
        return values;
    }

    private static String people(Child child, ContactKind kind) {
        return FileValues.given(child.contactsOfKind(kind).stream().map(ContactLine::describe).collect(Collectors.joining("; ")));
    }
}
