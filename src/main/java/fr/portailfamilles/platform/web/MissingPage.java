package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** A page about something that does not exist (or is not the caller's): a 404, as for any missing page. */
public final class MissingPage {

    private MissingPage() {
    }

    public static void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }
}
