package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.Accounts;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is looking at the page, for menus and greetings, and for the other areas' pages as a {@link SignedInPerson}.
 * Access itself is checked on the server side.
 */
@Named
@RequestScoped
public class CurrentUser implements SignedInPerson {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Optional<UserAccount> account;

    @Inject
    HttpServletRequest request;

    /** The servlet view of the caller: WildFly gives anonymous visitors a non-null "anonymous" principal. */
    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean isParent() {
        return securityContext.isCallerInRole("PARENT");
    }

    public boolean isStaff() {
        return securityContext.isCallerInRole("STAFF");
    }

    public boolean isIt() {
        return securityContext.isCallerInRole("IT");
    }

    /** Falls back to the login name when the database is down: the error pages use this too. */
    @Override
    public String getDisplayName() {
        try {
            return account().map(UserAccount::getDisplayName).orElse("");
        } catch (RuntimeException databaseDown) {
            Principal principal = request.getUserPrincipal();
            return principal == null ? "" : principal.getName();
        }
    }

    @Override
    public Optional<String> login() {
        return account().map(UserAccount::getEmail);
    }

    @Override
    public Optional<Long> householdId() {
        return account().map(UserAccount::getHouseholdId);
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = request.getUserPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByEmail(principal.getName());
        }
        return account;
    }
}
