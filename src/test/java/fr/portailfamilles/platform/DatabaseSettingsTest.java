package fr.portailfamilles.platform;

import fr.portailfamilles.platform.control.DatabaseSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    private static Optional<String> problem(Map<String, String> environment) {
        return new DatabaseSettings(environment).problem();
    }

    @Test
    void nothingSetMeansTheEmbeddedDatabase() {
        assertEquals(Optional.empty(), problem(Map.of()));
    }

    @Test
    void aCompletePostgreSqlSettingIsAccepted() {
        assertEquals(Optional.empty(), problem(Map.of(
                "PORTAIL_DB_URL", "jdbc:postgresql://db:5432/portail", "PORTAIL_DB_DRIVER", "postgresql",
                "PORTAIL_DB_USER", "portail", "PORTAIL_DB_PASSWORD", "secret")));
    }

    @Test
    void aPostgreSqlUrlWithTheDefaultDriverNamesTheDriverVariable() {
        String problem = problem(Map.of("PORTAIL_DB_URL", "jdbc:postgresql://db/portail",
                "PORTAIL_DB_USER", "u", "PORTAIL_DB_PASSWORD", "p")).orElseThrow();
        assertTrue(problem.startsWith("PORTAIL_DB_DRIVER must be 'postgresql'"), problem);
    }

    @Test
    void aMissingUserIsNamed() {
        String problem = problem(Map.of("PORTAIL_DB_URL", "jdbc:postgresql://db/portail",
                "PORTAIL_DB_DRIVER", "postgresql", "PORTAIL_DB_PASSWORD", "p")).orElseThrow();
        assertTrue(problem.startsWith("PORTAIL_DB_USER is missing"), problem);
    }

    @Test
    void anUnknownSchemeIsRefusedWithoutPrintingTheRestOfTheUrl() {
        String problem = problem(Map.of("PORTAIL_DB_URL", "jdbc:mysql://user:hunter2@db/portail")).orElseThrow();
        assertTrue(problem.startsWith("PORTAIL_DB_URL must start with"), problem);
        assertFalse(problem.contains("hunter2"), problem);
    }

    @Test
    void anEmptyVariableIsNamed() {
        String problem = problem(Map.of("PORTAIL_DB_URL", " ")).orElseThrow();
        assertTrue(problem.startsWith("PORTAIL_DB_URL is set but empty"), problem);
    }

    @Test
    void aDriverWithoutUrlIsNamed() {
        String problem = problem(Map.of("PORTAIL_DB_DRIVER", "postgresql")).orElseThrow();
        assertTrue(problem.contains("needs PORTAIL_DB_URL"), problem);
    }
}
