package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.Accounts;
import fr.portailfamilles.account.boundary.LoginGuard;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import fr.portailfamilles.platform.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Instant;

/** What happens once a password has been accepted: a new session id, its idle time, the journal. */
@ApplicationScoped
public class SessionStart {

    /** Sessions older than the account's last credential change are ended (see {@link SessionGuard}). */
    static final String LOGIN_AT = "portail.loginAt";
    static final int PARENT_IDLE_MINUTES = 30;

    @Inject
    LoginGuard loginGuard;

    @Inject
    AuditLog auditLog;

    @Inject
    Settings settings;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    void begin(HttpServletRequest request, String email) {
        HttpSession session = request.getSession();
        request.changeSessionId();
        session.setAttribute(LOGIN_AT, clock.now());
        boolean staff = request.isUserInRole("STAFF");
        session.setMaxInactiveInterval(60 * (staff ? settings.staffIdleMinutes() : PARENT_IDLE_MINUTES));
        loginGuard.recordSuccess(email);
        auditLog.record(AuditAction.LOGIN, UserAccount.normalize(email), UserAccount.normalize(email), null);
    }

    /** After the user changed their own password: this session stays, the others end. */
    void renew(HttpServletRequest request, Instant credentialsChangedAt) {
        request.changeSessionId();
        request.getSession().setAttribute(LOGIN_AT, credentialsChangedAt);
    }
}
