package fr.portailfamilles.platform.lifecycle;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a guardian of a household logs in to the portal: such a guardian stays in the file, and their e-mail,
 * which is their login, is changed by IT rather than in the file. Implemented by the area that keeps the logins.
 */
public interface GuardianLogins {

    boolean hasLogin(long guardianId);

    /** Those of these guardians who log in: one query for a batch (an invoice run's e-mails). */
    Set<Long> withLogin(Collection<Long> guardianIds);
}
