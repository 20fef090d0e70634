package fr.portailfamilles.content.control;

import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.NewsDraft;
import fr.portailfamilles.platform.control.PictureRules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a news item must be to be saved. The form shows each refusal at its field; the boundary asks again, so that
 * nothing another client posts is saved half right.
 */
public final class NewsRules {

    public static final int TITLE_LENGTH = 120;
    /** Of the cleaned HTML, as stored: some four pages of text. */
    public static final int BODY_LENGTH = 20_000;
    public static final PictureRules PICTURE = new PictureRules(2 * 1024 * 1024, 4000, "news.picture");

    /** The form's field ids, where each refusal shows. */
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String FROM = "shown-from";
    public static final String UNTIL = "shown-until";
    public static final String AUDIENCE = "audience";

    private NewsRules() {
    }

    /** The draft as it will be stored: title without spaces around, body cleaned ({@link RichText}). */
    public static NewsDraft draft(String title, String body, LocalDate from, LocalDate until, Audience audience) {
        return new NewsDraft(title == null ? "" : title.strip(), RichText.cleaned(body), from, until, audience);
    }

    /** @return message keys by field id, in the form's order; empty when the draft may be saved */
    public static Map<String, String> problems(NewsDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.title().isEmpty()) {
            problems.put(TITLE, "news.required");
        } else if (draft.title().length() > TITLE_LENGTH) {
            problems.put(TITLE, "news.title.tooLong");
        }
        if (RichText.text(draft.body()).isEmpty()) {
            problems.put(BODY, "news.required");
        } else if (draft.body().length() > BODY_LENGTH) {
            problems.put(BODY, "news.body.tooLong");
        }
        if (draft.shownFrom() == null) {
            problems.put(FROM, "news.required");
        } else if (draft.shownUntil() != null && draft.shownUntil().isBefore(draft.shownFrom())) {
            problems.put(UNTIL, "news.until.beforeFrom");
        }
        if (draft.audience() == null) {
            problems.put(AUDIENCE, "news.required");
        }
        return problems;
    }

    /** The figure a refusal names: the limit it speaks of. */
    public static Object limitOf(String key) {
        return switch (key) {
            case "news.title.tooLong" -> TITLE_LENGTH;
            case "news.body.tooLong" -> BODY_LENGTH;
            default -> "";
        };
    }
}
