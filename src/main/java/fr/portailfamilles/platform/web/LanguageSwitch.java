package fr.portailfamilles.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language switch of the pages' footer: stores the chosen language in the session and goes back to the page
 * it was chosen on. Only a page of the portal is gone back to (never another site). It is in the footer of every
 * page, the stateless public ones included, so it cannot carry a Faces view state: a post is taken only when the
 * browser says it comes from a page of the portal (another site's post would also arrive without the session, whose
 * cookie is SameSite).
 */
@WebServlet("/langue")
public class LanguageSwitch extends HttpServlet {

    static final String LANGUAGE = "langue";
    static final String BACK = "retour";
    /** A path of the portal with its query: no scheme, no host, no second slash that would name one. */
    private static final Pattern PAGE = Pattern.compile("/(?![/\\\\])[\\w./-]*(\\?[\\w.=&%+-]*)?");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PortalOrigin.posted(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale chosen = LocaleSelection.supported(request.getParameter(LANGUAGE)).orElse(null);
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.getSession().setAttribute(LocaleSelection.CHOSEN, chosen.getLanguage());
        response.sendRedirect(request.getContextPath() + backTo(request.getParameter(BACK)));
    }

    static String backTo(String page) {
        return page != null && PAGE.matcher(page).matches() && !page.contains("..") ? page : "/";
    }
}
