package fr.portailfamilles.account;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "J'ai oublié mon mot de passe" asked for address after address from one connection: after ten in an hour the
 * visitor is told to wait, whatever the addresses (each account keeps its own silent limit of three e-mails).
 */
@ExtendWith(ArquillianExtension.class)
class ForgotPasswordLimitIT {

    private static final String TOO_MANY = "Trop de demandes ont été faites depuis votre connexion.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void manyAddressesFromOneClientAreStoppedVisibly() {
        // Three hours back, so that these requests are out of the hour that the other tests' requests count in.
        TestClock.moveTo(TestClock.now().minusHours(3));
        try {
            Http visitor = Http.testServer();
            String first = ask(visitor, 0);
            assertTrue(first.contains("Si un compte correspond à cette adresse") && !first.contains(TOO_MANY), first);

            boolean stopped = false;
            for (int address = 1; address <= 10 && !stopped; address++) {
                stopped = ask(visitor, address).contains(TOO_MANY);
            }
            assertTrue(stopped, "the eleventh request of the hour is refused with a message");
            assertTrue(ask(Http.testServer(), 11).contains(TOO_MANY), "from the same connection, a new browser changes nothing");
        } finally {
            TestClock.reset();
        }
    }

    private static String ask(Http visitor, int address) {
        String page = visitor.get("mot-de-passe-oublie.xhtml").body();
        return visitor.submit(page, "mot-de-passe-oublie.xhtml", Map.of("forgot-form", "forgot-form",
                "email", "inconnu" + address + "." + System.nanoTime() + "@exemple.fr", "send", "")).body();
    }
}
