package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SharedSettingsTest {

    private static final Map<String, String> NODE1 = Map.of("PORTAIL_PUBLIC_URL", "https://familles.exemple.fr/",
            "PORTAIL_SMTP_HOST", "smtp.exemple.fr", "PORTAIL_PAYFIP_NUMCLI", "123456", "PORTAIL_DB_PASSWORD", "node1's own");

    @Test
    void nodesStartedAlikeDifferInNothingWhateverTheirOwnSettings() {
        Map<String, String> node2 = Map.of("PORTAIL_PUBLIC_URL", "https://familles.exemple.fr/", "PORTAIL_SMTP_HOST", " smtp.exemple.fr",
                "PORTAIL_PAYFIP_NUMCLI", "123456", "PORTAIL_DB_PASSWORD", "node2's own", "JBOSS_HOME", "/opt/node2");

        assertEquals(List.of(), SharedSettings.differing(line(NODE1), line(node2)));
    }

    @Test
    void aValueChangedSetOrLeftOutIsNamed() {
        Map<String, String> node2 = Map.of("PORTAIL_PUBLIC_URL", "https://familles.exemple.fr/", "PORTAIL_SMTP_HOST", "127.0.0.1",
                "PORTAIL_CLOCK", "2027-01-01T02:00");

        assertEquals(List.of("PORTAIL_CLOCK", "PORTAIL_SMTP_HOST", "PORTAIL_PAYFIP_NUMCLI"), SharedSettings.differing(line(NODE1), line(node2)));
    }

    @Test
    void aSystemPropertyStandsForItsVariableAsThePortalReadsIt() {
        Properties properties = new Properties();
        properties.setProperty("portail.smtp.host", "127.0.0.1");

        assertEquals(List.of("PORTAIL_SMTP_HOST"), SharedSettings.differing(line(NODE1), SharedSettings.of(NODE1, properties)));
    }

    @Test
    void theLineHoldsNoValueAndALineOfAnOlderVersionComparesOnWhatItHas() {
        String line = line(NODE1);

        assertFalse(line.contains("123456") || line.contains("smtp.exemple.fr"), line);
        assertEquals(List.of(), SharedSettings.differing(line, null));
        assertEquals(List.of(), SharedSettings.differing(line, "PORTAIL_DEMO=-"));
    }

    private static String line(Map<String, String> environment) {
        return SharedSettings.of(environment, new Properties());
    }
}
