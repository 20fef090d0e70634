package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;

import java.util.Optional;

/** An id as a request carries it (the address, a posted form): a number, or nothing; anything else is nothing, never an error. */
public final class RequestIds {

    private RequestIds() {
    }

    public static Optional<Long> parse(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    /** The "id" parameter of the current Faces request, for a page rebuilt by a form post before its view parameter is set. */
    public static Long posted() {
        return parse(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id")).orElse(null);
    }
}
