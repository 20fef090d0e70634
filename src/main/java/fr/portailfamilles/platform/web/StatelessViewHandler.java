package fr.portailfamilles.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.Set;

/**
 * Public pages are stateless views, so reading them creates no HTTP session (thousands of anonymous visits
 * would otherwise each hold one). The view is marked when it is created, before PrimeFaces' CSP listener
 * decides where to keep its nonce: an {@code f:view transient} attribute is applied too late for that.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    static final Set<String> STATELESS_VIEWS = Set.of("/index.xhtml", "/connexion.xhtml", "/aide.xhtml");
    static final String ERROR_PAGES = "/WEB-INF/errorpages/";

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (isStateless(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isStateless(String viewId) {
        return viewId != null && (STATELESS_VIEWS.contains(viewId) || viewId.startsWith(ERROR_PAGES));
    }
}
