package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.control.CentreField;
import fr.portailfamilles.platform.control.CentreLogoRules;
import fr.portailfamilles.platform.entity.Centre;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IT: Informatique › Identité du centre. The centre's name, address and ways to reach it, and its logo; each field's
 * refusal next to it, the version the form was filled from kept so that two IT sessions do not overwrite each other.
 */
@Named
@ViewScoped
public class CentreIdentityView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/informatique/identite.xhtml";
    private static final String LOGO_FIELD = "logo";

    @Inject
    CentreIdentity centreIdentity;

    /** By field name ("NAME"): the page's inputs read and write them there. */
    private final Map<String, String> values = new HashMap<>();
    private long version = CentreIdentity.NONE_YET;
    private String logoDigest;
    private transient Part logo;

    /** Fills the form once, when the page is first shown. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<Centre> centre = centreIdentity.centre();
        centre.ifPresent(c -> {
            for (CentreField field : CentreField.values()) {
                values.put(field.name(), c.valueOf(field));
            }
            version = c.getVersion();
            logoDigest = c.getLogoDigest();
        });
    }

    public void save() throws IOException {
        Map<CentreField, String> typed = typed();
        Map<CentreField, String> problems = CentreField.problems(typed);
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> Messages.error(fieldId(field), key, field.maxLength()));
            return;
        }
        FormSaves.save(() -> {
            centreIdentity.change(version, typed, actor());
            return PAGE;
        }, "centre.saved");
    }

    public void sendLogo() throws IOException {
        if (logo == null || logo.getSize() == 0) {
            Messages.error(LOGO_FIELD, "centre.logo.required");
            return;
        }
        byte[] bytes;
        try (InputStream in = logo.getInputStream()) {
            bytes = CentreLogoRules.read(in);
            CentreLogoRules.check(bytes);
        } catch (ActionRefused refused) {
            Messages.error(LOGO_FIELD, refused.messageKey(), refused.arguments());
            return;
        }
        FormSaves.save(() -> {
            centreIdentity.replaceLogo(version, bytes, actor());
            return PAGE;
        }, "centre.logo.saved");
    }

    public void removeLogo() throws IOException {
        FormSaves.save(() -> {
            centreIdentity.removeLogo(version, actor());
            return PAGE;
        }, "centre.logo.removed");
    }

    /** "address-line" for ADDRESS_LINE: the input's id, where its message shows. */
    private static String fieldId(CentreField field) {
        return field.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Map<CentreField, String> typed() {
        Map<CentreField, String> typed = new EnumMap<>(CentreField.class);
        for (CentreField field : CentreField.values()) {
            typed.put(field, values.get(field.name()));
        }
        return typed;
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public Map<String, String> getValues() { return values; }
    public boolean isWithLogo() { return logoDigest != null; }
    public String getLogoDigest() { return logoDigest; }
    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
}
