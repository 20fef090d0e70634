package fr.portailfamilles.account.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<String> check(String password) {
        return policy.problem(password, password, "julie.martin@exemple.fr");
    }

    @Test
    void aLongPassphraseWithoutDigitsOrCapitalsIsFine() {
        assertEquals(Optional.empty(), check("une tortue sous la pluie"));
    }

    @Test
    void lengthIsCountedInCharactersFrom8To128() {
        assertEquals(Optional.of("password.tooShort"), check("Ab1!xyz"));
        assertEquals(Optional.empty(), check("éèàçùœæ€"));
        assertEquals(Optional.empty(), check("x".repeat(127) + "y"));
        assertEquals(Optional.of("password.tooLong"), check("x".repeat(129)));
        assertEquals(Optional.of("password.tooShort"), check(null));
    }

    @Test
    void theThousandMostCommonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of("password.tooCommon"), check("password"));
        assertEquals(Optional.of("password.tooCommon"), check("PASSWORD1"));
        assertEquals(Optional.of("password.tooCommon"), check("azertyuiop"));
        assertEquals(Optional.of("password.tooCommon"), check("motdepasse"));
        assertEquals(true, PasswordPolicy.commonCount() >= 1000);
    }

    @Test
    void theEmailItselfIsRefused() {
        assertEquals(Optional.of("password.isEmail"), check("Julie.Martin@exemple.fr"));
    }

    @Test
    void theConfirmationMustMatch() {
        assertEquals(Optional.of("password.mismatch"), policy.problem("une tortue sous la pluie", "une tortue", null));
    }
}
