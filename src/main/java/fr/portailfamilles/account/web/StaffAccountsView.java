package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.StaffAccounts;
import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.MailNotices;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.PortalUrl;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** IT: the staff and IT accounts. */
@Named
@ViewScoped
public class StaffAccountsView implements Serializable {

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    MailNotices mailNotices;

    @NotBlank(message = "{login.email.required}")
    @Size(max = 254, message = "{login.email.tooLong}")
    @Email(message = "{login.email.invalid}")
    private String email;

    @NotBlank(message = "{staff.name.required}")
    @Size(max = 160, message = "{staff.name.tooLong}")
    private String displayName;

    @NotNull(message = "{staff.role.required}")
    private Role role = Role.STAFF;

    private transient List<UserAccount> accounts;

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            accounts = staffAccounts.all();
        }
        return accounts;
    }

    public List<Role> getRoles() {
        return List.of(Role.STAFF, Role.IT);
    }

    public void create() {
        // A refused account keeps what was typed, to be corrected rather than typed again.
        if (act(() -> staffAccounts.create(email, displayName, role, PortalUrl.address(), actor()), "staff.created", email,
                mailNotices.toPerson(email))) {
            email = null;
            displayName = null;
        }
    }

    public void disable(UserAccount account) {
        act(() -> staffAccounts.disable(account.getId(), actor()), "staff.disabled", account.getEmail());
    }

    public void enable(UserAccount account) {
        act(() -> staffAccounts.enable(account.getId(), actor()), "staff.enabled", account.getEmail());
    }

    public void resetPassword(UserAccount account) {
        act(() -> staffAccounts.resetPassword(account.getId(), PortalUrl.address(), actor()), "staff.passwordSent", account.getEmail(),
                mailNotices.toPerson(account.getEmail()));
    }

    public void changeRole(UserAccount account, Role newRole) {
        act(() -> staffAccounts.changeRole(account.getId(), newRole, actor()), "staff.roleChanged", account.getEmail());
    }

    /** One's own row offers none of the actions refused on one's own account. */
    public boolean isOwn(UserAccount account) {
        return account.getEmail().equals(UserAccount.normalize(actor()));
    }

    private boolean act(Runnable action, String successKey, Object... arguments) {
        accounts = null;
        try {
            action.run();
            Messages.info(null, successKey, arguments);
            return true;
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
            return false;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String actor() {
        return request().getUserPrincipal().getName();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
