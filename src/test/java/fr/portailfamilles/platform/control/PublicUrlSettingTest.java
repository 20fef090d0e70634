package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicUrlSettingTest {

    @Test
    void aProductionServerNeedsItsPublicAddress() {
        String problem = new PublicUrlSetting(null, false, 8080).problem().orElseThrow();
        assertTrue(problem.startsWith("PORTAIL_PUBLIC_URL is missing"), problem);
        assertFalse(problem.contains("\n"), "one line");
        assertEquals(problem, new PortailSettings(Map.of()).problem().orElseThrow(), "checked at start with the others");
    }

    @Test
    void aDemoServerAnswersAtLocalhostOnItsOwnPort() {
        PublicUrlSetting demo = new PublicUrlSetting(" ", true, 10080);
        assertTrue(demo.problem().isEmpty());
        assertEquals("http://localhost:10080/", demo.url());
        assertEquals("localhost:10080", demo.authority());
        assertEquals("http://localhost:10080", demo.origin());
    }

    @Test
    void theConfiguredAddressIsUsedAsTyped() {
        PublicUrlSetting configured = new PublicUrlSetting("https://Familles.Example.fr", false, 8080);
        assertTrue(configured.problem().isEmpty());
        assertEquals("https://Familles.Example.fr/", configured.url(), "a final slash for the page names");
        assertEquals("Familles.Example.fr", configured.authority());
        assertEquals("https://familles.example.fr", configured.origin());
    }

    @Test
    void somethingThatIsNotAWebAddressIsNamed() {
        for (String wrong : new String[]{"familles.example.fr", "ftp://familles.example.fr/", "https://x.fr/?a=b", "https://user@x.fr/"}) {
            String problem = new PublicUrlSetting(wrong, true, 8080).problem().orElseThrow(() -> new AssertionError(wrong));
            assertTrue(problem.contains(wrong), problem);
        }
    }
}
