package fr.portailfamilles.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpSession;

import java.util.Locale;
import java.util.Set;

/**
 * Two decisions Faces must make before a page is built. Public pages are stateless views, so reading them
 * creates no HTTP session (thousands of anonymous visits would otherwise each hold one); the view is marked
 * when it is created, before PrimeFaces' CSP listener decides where to keep its nonce. And the language is
 * French unless the person chose English (see {@link LocaleSelection}).
 */
public class PortalViewHandler extends ViewHandlerWrapper {

    static final Set<String> STATELESS_VIEWS = Set.of("/index.xhtml", "/connexion.xhtml", "/aide.xhtml",
            "/accessibilite.xhtml", "/mentions-legales.xhtml", "/informations.xhtml", "/mot-de-passe-oublie.xhtml",
            "/reinitialisation.xhtml");
    static final String ERROR_PAGES = "/WEB-INF/errorpages/";
    /** What a stateless view's forms post as their view state. */
    static final String STATELESS_STATE = "stateless";
    /** The stateless pages whose form changes something: guarded by {@link PublicFormGuard}. */
    static final Set<String> PUBLIC_FORMS = Set.of("/connexion.xhtml", "/mot-de-passe-oublie.xhtml", "/reinitialisation.xhtml");

    public PortalViewHandler(ViewHandler wrapped) {
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

    /**
     * A page that keeps its state posted with the view state of a stateless one ("stateless", as a hand-made
     * request sends it) cannot be trusted either: it is refused as an expired page, not left to fail with a 500.
     */
    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        String state = context.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
        if (STATELESS_STATE.equals(state) && !isStateless(viewId)) {
            throw new ViewExpiredException("A page that keeps its state was posted as a stateless one", viewId);
        }
        return super.restoreView(context, viewId);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LocaleSelection.of((HttpSession) context.getExternalContext().getSession(false));
    }

    static boolean isPublicForm(String viewId) {
        return PUBLIC_FORMS.contains(viewId);
    }

    static boolean isStateless(String viewId) {
        return viewId != null && (STATELESS_VIEWS.contains(viewId) || viewId.startsWith(ERROR_PAGES));
    }
}
