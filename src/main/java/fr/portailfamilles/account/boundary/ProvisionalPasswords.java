package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.PasswordHashing;
import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.control.Texts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Gives an account a random password valid 7 days and e-mails it; the first login must replace it. */
@Stateless
public class ProvisionalPasswords {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Inject
    PasswordHashing passwords;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    public void issue(UserAccount account, String portalUrl) {
        String password = SecureTokens.provisionalPassword();
        Instant now = clock.now();
        account.giveProvisionalPassword(passwords.hash(password.toCharArray()), now.plus(VALIDITY), now);
        String body = Texts.french("mail.opening.body", account.getDisplayName(), portalUrl, account.getEmail(), password);
        mailer.send(new MailMessage(account.getEmail(), Texts.french("mail.opening.subject"), body, List.of(password)));
    }
}
