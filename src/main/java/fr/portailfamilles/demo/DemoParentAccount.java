package fr.portailfamilles.demo;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.household.entity.Guardian;

import java.time.Instant;

/**
 * The demo parent's login, opened once their guardian is stored: an account keeps the guardian's and the
 * household's ids, which the database gives only then.
 */
record DemoParentAccount(Guardian guardian, String email, String passwordHash, Instant createdAt) {

    UserAccount open() {
        return UserAccount.forGuardian(guardian.getId(), guardian.getHousehold().getId(), guardian.getFullName(), email,
                passwordHash, createdAt);
    }
}
