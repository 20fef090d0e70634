package fr.portailfamilles.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page's address whose parameter is not what the page takes ({@code ?enfant=abc}) names nothing: a 404, as for
 * an id that does not exist, instead of the page shown empty.
 */
public class InvalidViewParameters implements PhaseListener {

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getViewRoot() == null) {
            return;
        }
        boolean invalid = ViewMetadata.getViewParameters(faces.getViewRoot()).stream().anyMatch(p -> !p.isValid());
        if (invalid) {
            try {
                MissingPage.send();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Only the outcome of the validation matters.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
