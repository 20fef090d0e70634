package fr.portailfamilles.content.control;

import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.InfoDocumentDraft;
import fr.portailfamilles.content.entity.InfoPageDraft;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.FileKinds;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a page or a document of Informations pratiques must be to be saved. The form shows each refusal at its
 * field; the boundary asks again, so that nothing another client posts is saved half right.
 */
public final class InfoRules {

    public static final int TITLE_LENGTH = 120;
    /** Of the cleaned HTML, as stored, like a news item's. */
    public static final int BODY_LENGTH = NewsRules.BODY_LENGTH;
    /** A programme with pictures fits; a scanned booklet should be made lighter first. */
    public static final int FILE_BYTES = 10 * 1024 * 1024;

    /** The forms' field ids, where each refusal shows. */
    public static final String PAGE_TITLE = "page-title";
    public static final String PAGE_BODY = "page-body";
    public static final String PAGE_AUDIENCE = "page-audience";
    public static final String DOCUMENT_TITLE = "document-title";
    public static final String DOCUMENT_AUDIENCE = "document-audience";
    public static final String DOCUMENT_FILE = "document-file";

    private InfoRules() {
    }

    /** The page as it will be stored: title without spaces around, body cleaned ({@link RichText}). */
    public static InfoPageDraft page(String title, String body, Audience audience) {
        return new InfoPageDraft(stripped(title), RichText.cleaned(body), audience);
    }

    public static InfoDocumentDraft document(String title, Long activityId, Long periodId, Audience audience) {
        return new InfoDocumentDraft(stripped(title), activityId, activityId == null ? null : periodId, audience);
    }

    /** @return message keys by field id, in the form's order; empty when the page may be saved */
    public static Map<String, String> problems(InfoPageDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        titleProblem(draft.title(), PAGE_TITLE, problems);
        if (RichText.text(draft.body()).isEmpty()) {
            problems.put(PAGE_BODY, "info.required");
        } else if (draft.body().length() > BODY_LENGTH) {
            problems.put(PAGE_BODY, "info.body.tooLong");
        }
        if (draft.audience() == null) {
            problems.put(PAGE_AUDIENCE, "info.required");
        }
        return problems;
    }

    /** Whether the period belongs to the activity is the activity area's to say: the boundary asks it. */
    public static Map<String, String> problems(InfoDocumentDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        titleProblem(draft.title(), DOCUMENT_TITLE, problems);
        if (draft.audience() == null) {
            problems.put(DOCUMENT_AUDIENCE, "info.required");
        }
        return problems;
    }

    /** Reads at most one byte past the limit, so that a huge upload is not held in memory to be refused. */
    public static byte[] read(InputStream in) throws IOException {
        return FileKinds.read(in, FILE_BYTES, "info.file.empty", "info.file.tooLarge");
    }

    /** Only a PDF that opens: every family can read it, on any device. */
    public static void checkPdf(byte[] bytes) {
        if (bytes.length > FILE_BYTES) {
            throw new ActionRefused("info.file.tooLarge");
        }
        if (!"application/pdf".equals(FileKinds.detect(bytes)) || !FileKinds.isReadablePdf(bytes)) {
            throw new ActionRefused("info.file.type");
        }
    }

    /** The figure a refusal names: the limit it speaks of. */
    public static Object limitOf(String key) {
        return switch (key) {
            case "info.title.tooLong" -> TITLE_LENGTH;
            case "info.body.tooLong" -> BODY_LENGTH;
            default -> "";
        };
    }

    private static void titleProblem(String title, String field, Map<String, String> problems) {
        if (title.isEmpty()) {
            problems.put(field, "info.required");
        } else if (title.length() > TITLE_LENGTH) {
            problems.put(field, "info.title.tooLong");
        }
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
