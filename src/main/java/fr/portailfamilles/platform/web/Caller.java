package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;

/** Who posted the form: the login recorded as the author of a change, an answer or a journal entry. */
public final class Caller {

    private Caller() {
    }

    public static String name() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }
}
