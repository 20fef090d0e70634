package fr.portailfamilles.account;

import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private final UserAccount account = UserAccount.forStaff(" Sophie.Lemaire@Exemple.fr ", "Sophie", "h0", Role.STAFF, Instant.parse("2026-01-05T10:00:00Z"));
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void emailsAreStoredNormalised() {
        assertEquals("sophie.lemaire@exemple.fr", account.getEmail());
    }

    @Test
    void aProvisionalPasswordMustBeReplacedAndExpiresAfterItsValidity() {
        account.giveProvisionalPassword("h1", now.plus(Duration.ofDays(7)), now);
        assertTrue(account.isMustChangePassword());
        assertFalse(account.isProvisionalExpired(now.plus(Duration.ofDays(6))));
        assertTrue(account.isProvisionalExpired(now.plus(Duration.ofDays(8))));

        account.changePassword("h2", now.plusSeconds(60));
        assertFalse(account.isMustChangePassword());
        assertFalse(account.isProvisionalExpired(now.plus(Duration.ofDays(8))));
        assertEquals(now.plusSeconds(60), account.getCredentialsChangedAt());
    }

    @Test
    void disablingEndsSessions() {
        account.disable(now);
        assertFalse(account.isEnabled());
        assertEquals(now, account.getCredentialsChangedAt());
    }

    @Test
    void onlyStaffAndItRolesAreExchanged() {
        account.changeRole(Role.IT);
        assertEquals(Role.IT, account.getRole());
        assertThrows(IllegalArgumentException.class, () -> account.changeRole(Role.PARENT));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.forStaff("x@exemple.fr", "X", "h", Role.PARENT, Instant.parse("2026-01-05T10:00:00Z")));
    }
}
