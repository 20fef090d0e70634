package fr.portailfamilles.contact;

import fr.portailfamilles.testing.BrowserTest;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import fr.portailfamilles.testing.TestFiles;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A message thread both ways: the demo parent writes to the centre with a certificate attached (an empty form is
 * refused at its fields); staff find it unread in their inbox, open it and the file, take it in hand and answer; the
 * parent is told by e-mail, reads the answer marked new, replies; staff close the exchange.
 */
@ExtendWith(ArquillianExtension.class)
class ContactJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aParentWritesStaffAnswerTheParentRepliesStaffClose() throws Exception {
        String subject = "Absence de Léa " + System.nanoTime() % 100_000;
        try (Mailbox mailbox = Mailbox.start()) {
            logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            clickAndWait(By.cssSelector("#main-menu a[href$='/portail/contact.xhtml']"));
            assertEquals("Contact", heading());
            clickAndWait(By.id("send"));
            assertEquals("Ce champ est obligatoire.", messageAt("subject"));
            assertEquals("Ce champ est obligatoire.", messageAt("body"));

            type(By.id("subject"), subject);
            type(By.id("body"), "Bonjour,\nLéa a de la fièvre : elle ne viendra pas mercredi.");
            browser.findElement(By.id("file")).sendKeys(TestFiles.file("certificat.pdf", TestFiles.pdf("Certificat médical")).toString());
            clickAndWait(By.id("send"));
            assertTrue(messages().contains("Votre message a été envoyé à l’accueil de loisirs."), messages());
            assertEquals(subject, heading(), "the exchange is shown");
            logOut();

            logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
            clickAndWait(By.cssSelector("#main-menu a[href$='/gestion/messages.xhtml']"));
            String row = waitFor(By.xpath("//tr[.//a[normalize-space()='" + subject + "']]")).getText();
            assertTrue(row.contains("Famille MARTIN") && row.contains("Non lu"), row);
            assertTrue(waitFor(By.id("unread-count")).getText().matches("\\d+ échanges? non lus?\\."), "the unread count");
            clickAndWait(By.linkText(subject));
            assertTrue(waitFor(By.cssSelector(".contact-thread")).getText().contains("elle ne viendra pas mercredi"));
            assertEquals(List.of(200L, "application/pdf", "%PDF-"),
                    fetch(browser.findElement(By.linkText("Ouvrir la pièce jointe")).getDomProperty("href")));
            clickAndWait(By.id("thread-actions:take"));
            assertTrue(messages().contains("Vous avez pris cet échange en charge."), messages());
            assertTrue(waitFor(By.id("thread-facts")).getText().contains("Pris en charge par " + TestServer.STAFF));
            assertTrue(browser.findElements(By.id("thread-actions:take")).isEmpty(), "not offered again to whom holds it");
            assertEquals("Clore l’échange", waitFor(By.id("thread-actions:close")).getAccessibleName(), "the icon is not read");
            type(By.id("body"), "Bien noté, prompt rétablissement à Léa.");
            clickAndWait(By.id("send-answer"));
            assertTrue(messages().contains("La réponse a été envoyée"), messages());
            logOut();

            String mail = Mailbox.body(mailbox.await(TestServer.PARENT, "Réponse de l’accueil de loisirs : " + subject));
            assertTrue(mail.contains("rubrique Contact"), mail);
            logIn(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            open("portail/contact.xhtml");
            assertTrue(waitFor(By.xpath("//tr[.//a[normalize-space()='" + subject + "']]")).getText().contains("Nouvelle réponse"));
            clickAndWait(By.linkText(subject));
            assertTrue(waitFor(By.cssSelector(".contact-thread")).getText().contains("prompt rétablissement"));
            open("portail/contact.xhtml");
            assertFalse(waitFor(By.xpath("//tr[.//a[normalize-space()='" + subject + "']]")).getText().contains("Nouvelle réponse"),
                    "read once shown");
            clickAndWait(By.linkText(subject));
            type(By.id("reply-body"), "Merci !");
            clickAndWait(By.id("send-reply"));
            assertTrue(waitFor(By.cssSelector(".contact-thread")).getText().contains("Merci !"));
            logOut();

            logIn(TestServer.STAFF, TestServer.DEMO_PASSWORD);
            open("gestion/messages.xhtml");
            clickAndWait(By.linkText(subject));
            clickAndWait(By.id("thread-actions:close"));
            assertTrue(messages().contains("L’échange est clos"), messages());
            assertTrue(waitFor(By.id("closed-threads-form:closed-threads")).getText().contains(subject), "listed as closed");
        }
    }


}
