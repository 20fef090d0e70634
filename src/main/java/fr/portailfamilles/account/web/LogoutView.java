package fr.portailfamilles.account.web;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.security.Principal;

/** "Déconnexion": a POST that ends the session on the server. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    FacesContext faces;

    @Inject
    AuditLog auditLog;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            String email = UserAccount.normalize(principal.getName());
            auditLog.record(AuditAction.LOGOUT, email, email, null);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
