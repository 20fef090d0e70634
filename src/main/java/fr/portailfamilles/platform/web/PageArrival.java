package fr.portailfamilles.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/**
 * How the page shown was reached (see {@link PortalOrigin#reachedFromPortal}), kept for the page's own posts. What a
 * page does by itself once shown (marking a message read) it does only when reached from the portal: another site
 * can send a browser to any address of it.
 */
@Named
@ViewScoped
public class PageArrival implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean fromPortal;

    @PostConstruct
    void arrived() {
        fromPortal = PortalOrigin.reachedFromPortal(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public boolean isFromPortal() {
        return fromPortal;
    }
}
