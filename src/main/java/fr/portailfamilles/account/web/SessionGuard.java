package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.Accounts;
import fr.portailfamilles.account.entity.UserAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * Guards every page behind the login. Ends a session opened before the account's password changed or the
 * account was disabled (checked against the database, so it holds on every node), sends a user whose
 * password is provisional to the change page, and keeps authenticated pages out of caches.
 */
@WebFilter(urlPatterns = {"/portail/*", "/gestion/*", "/informatique/*", "/compte/*"})
public class SessionGuard extends HttpFilter {

    static final String CHANGE_PASSWORD_PAGE = "/compte/mot-de-passe.xhtml";

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal != null && session != null) {
            Optional<UserAccount> account = accounts.findByEmail(principal.getName());
            Instant loginAt = (Instant) session.getAttribute(SessionStart.LOGIN_AT);
            if (account.isEmpty() || !account.get().isEnabled() || loginAt == null
                    || loginAt.isBefore(account.get().getCredentialsChangedAt())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/connexion.xhtml");
                return;
            }
            if (account.get().isMustChangePassword() && !CHANGE_PASSWORD_PAGE.equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
