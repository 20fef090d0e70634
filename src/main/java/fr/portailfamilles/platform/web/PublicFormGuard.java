package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.FormSigningKey;
import fr.portailfamilles.platform.control.SignedTokens;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cross-site request forgery on the public pages (login, forgotten password, reset). They are stateless views,
 * so their form carries no session-bound view state: without this, another site could post the login form and
 * log a visitor into an account of its choosing. Besides the page the browser names ({@link PagePosts}), a signed
 * token, set in a SameSite=Strict cookie when the page is shown and copied into the form, must come back in both
 * (double submit): another site can neither read the cookie nor make the browser send it.
 */
public class PublicFormGuard extends HttpFilter {

    /** The form field, and the request attribute the pages read it from ({@code #{formToken}}). */
    public static final String FIELD = "jeton-formulaire";
    static final String ATTRIBUTE = "formToken";
    static final String COOKIE = "portail-formulaire";

    @Inject
    FormSigningKey signingKey;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PortalViewHandler.isPublicForm(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        SignedTokens tokens = signingKey.tokens();
        Optional<String> cookie = cookie(request).filter(tokens::isGenuine);
        if ("POST".equals(request.getMethod()) && (cookie.isEmpty() || !cookie.get().equals(request.getParameter(FIELD)))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.setAttribute(ATTRIBUTE, cookie.orElseGet(() -> issued(tokens, request, response)));
        chain.doFilter(request, response);
    }

    private static String issued(SignedTokens tokens, HttpServletRequest request, HttpServletResponse response) {
        String token = tokens.issue();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.getServletContext().getSessionCookieConfig().isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        return token;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
