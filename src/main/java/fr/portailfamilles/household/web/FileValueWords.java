package fr.portailfamilles.household.web;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value of the change log or of a correction request as people read it: "Marié·e" rather than MARRIED,
 * "Oui" rather than true, 14/10/2016 rather than 2016-10-14. The file's fields store the codes, so that a
 * value compares and applies whatever the language.
 */
@Named("fileValues")
@ApplicationScoped
public class FileValueWords {

    /** The fields holding a code, with the bundle prefix naming its values. */
    private static final Map<String, String> CODED = Map.of(
            "FAMILY_SITUATION", "situation.",
            "BENEFITS_BODY", "benefits.",
            "GUARDIAN_CIVILITY", "civility.",
            "GUARDIAN_RELATIONSHIP", "relationship.",
            "CHILD_SEX", "sex.");
    private static final Set<String> YES_NO = Set.of("GUARDIAN_BILLED", "CHILD_PHOTOS", "CHILD_LEAVE_ALONE");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public String shown(String field, String value) {
        if (value == null) {
            return null;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String key = YES_NO.contains(field) ? "yesNo." + value : CODED.containsKey(field) ? CODED.get(field) + value : null;
        if (key != null) {
            return bundle.containsKey(key) ? bundle.getString(key) : value;
        }
        return ISO_DAY.matcher(value).replaceAll(day -> ParisTime.day(LocalDate.parse(day.group())));
    }
}
