package fr.portailfamilles.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Lets the template declare the current view transient too: when a stateless view is posted back, Faces
 * rebuilds it from the page and accepts it only if the page itself says it is transient.
 */
@Named
@ApplicationScoped
public class StatelessViews {

    public boolean isCurrent() {
        return PortalViewHandler.isStateless(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }
}
