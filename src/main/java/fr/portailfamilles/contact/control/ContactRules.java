package fr.portailfamilles.contact.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a message to or from the centre must be: a subject for a new exchange, a text within the limit. The form
 * says each refusal at its field; the boundary asks again, so that nothing another client posts is saved half right.
 */
public final class ContactRules {

    public static final int SUBJECT_LENGTH = 120;
    public static final int BODY_LENGTH = 5000;

    /** The form's field ids, where each refusal shows. */
    public static final String SUBJECT = "subject";
    public static final String BODY = "body";

    private ContactRules() {
    }

    public static String cleaned(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** @param subject null for a reply, which has none of its own */
    public static Map<String, String> problems(String subject, String body) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (subject != null) {
            if (cleaned(subject).isEmpty()) {
                problems.put(SUBJECT, "contact.required");
            } else if (cleaned(subject).length() > SUBJECT_LENGTH) {
                problems.put(SUBJECT, "contact.subject.tooLong");
            }
        }
        if (cleaned(body).isEmpty()) {
            problems.put(BODY, "contact.required");
        } else if (cleaned(body).length() > BODY_LENGTH) {
            problems.put(BODY, "contact.body.tooLong");
        }
        return problems;
    }

    /** The figure a refusal names: the limit it speaks of. */
    public static Object limitOf(String key) {
        return switch (key) {
            case "contact.subject.tooLong" -> SUBJECT_LENGTH;
            case "contact.body.tooLong" -> BODY_LENGTH;
            default -> "";
        };
    }
}
