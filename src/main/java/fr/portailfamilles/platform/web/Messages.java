package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Messages shown to people, always from the bundle in the viewer's language. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.format(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** Goes to another page of the portal and shows the message there (Post/Redirect/Get). */
    public static void infoAfterRedirect(String path, String key, Object... arguments) throws IOException {
        afterRedirect(path, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** The same for a refusal, when the page that was posted has no place of its own for messages. */
    public static void errorAfterRedirect(String path, String key, Object... arguments) throws IOException {
        afterRedirect(path, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void afterRedirect(String path, FacesMessage.Severity severity, String key, Object... arguments) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.getFlash().setRedirect(true);
        add(null, severity, key, arguments);
        external.redirect(external.getRequestContextPath() + path);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
