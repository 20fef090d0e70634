package fr.portailfamilles.account;

import fr.portailfamilles.account.control.LoginThrottle;
import fr.portailfamilles.account.control.PasswordHashing;
import fr.portailfamilles.account.entity.CaptchaChallenge;
import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login's answers over HTTP, the security code read from the database as a person reads its image: an address
 * with an account and one without answer alike at every step, and a right password typed in another browser is
 * asked the code, neither refused nor counted as a failure.
 */
@ExtendWith(ArquillianExtension.class)
class LoginLockIT {

    private static final String PASSWORD = "Un mot de passe bien a moi";
    private static final Pattern CAPTCHA_TOKEN = Pattern.compile("name=\"captcha-token\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("class=\"ui-messages-error-summary\">([^<]+)<");
    private static final Pattern LOCK_TIME = Pattern.compile("\\d{2}:\\d{2}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(LoginLockIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Test
    void anAddressWithAnAccountAndOneWithoutAnswerAlikeUpToTheLock() throws Exception {
        List<String> known = attackAnswers(newAccount());
        List<String> unknown = attackAnswers("personne." + UUID.randomUUID() + "@exemple.fr");

        assertEquals(known, unknown);
        assertEquals("Adresse e-mail ou mot de passe incorrect.", known.get(0));
        assertEquals("Pour votre sécurité, recopiez le code de sécurité ci-dessous puis validez à nouveau.", known.get(1),
                "a fresh browser without the code is asked for it");
        assertTrue(known.get(LoginThrottle.MAX_FAILURES).startsWith("Trop de tentatives de connexion."),
                "the tenth wrong password locks: " + known);
        assertTrue(known.get(LoginThrottle.MAX_FAILURES + 1).startsWith("Trop de tentatives de connexion."), known.toString());
    }

    @Test
    void theRightPasswordWithoutTheCodeIsAskedTheCodeAndNeverCounted() throws Exception {
        String email = newAccount();
        Http browserA = http();
        assertEquals("Adresse e-mail ou mot de passe incorrect.", message(login(browserA, email, "pas-le-bon", false)));

        for (int i = 0; i < LoginThrottle.MAX_FAILURES + 1; i++) {
            HttpResponse<String> asked = login(http(), email, PASSWORD, false);
            assertEquals("Pour votre sécurité, recopiez le code de sécurité ci-dessous puis validez à nouveau.", message(asked));
            assertTrue(asked.body().contains("id=\"captcha-image\""), "the code is shown with the question");
        }
        Http browserB = http();
        HttpResponse<String> asked = login(browserB, email, PASSWORD, false);
        HttpResponse<String> wrongCode = postLogin(browserB, asked.body(), email, PASSWORD, "ZZZZZ");
        assertTrue(message(wrongCode).startsWith("Le cryptogramme de sécurité n’a pas été recopié correctement."), wrongCode.body());

        HttpResponse<String> loggedIn = postLogin(browserB, wrongCode.body(), email, PASSWORD, codeOf(wrongCode.body()));

        assertEquals(302, loggedIn.statusCode(), "the owner is let in, not locked by their own attempts: " + loggedIn.body());
        assertFalse(loggedIn.headers().firstValue("Location").orElse("").contains("connexion"));
    }

    /**
     * One wrong password from a fresh browser, then another fresh browser without the code, and there wrong passwords
     * with the code copied right until the lock, and one more: the message of each answer.
     */
    private List<String> attackAnswers(String email) throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(message(login(http(), email, "essai-0", false)));
        Http attacker = http();
        answers.add(message(login(attacker, email, "essai-1", false)));
        for (int i = 2; i <= LoginThrottle.MAX_FAILURES + 1; i++) {
            answers.add(message(login(attacker, email, "essai-" + i, true)));
        }
        return answers.stream().map(answer -> LOCK_TIME.matcher(answer).replaceAll("hh:mm")).toList();
    }

    /** Posts the login form as a browser does: with the code copied when the page shows one and {@code copyCode}. */
    private HttpResponse<String> login(Http browser, String email, String password, boolean copyCode) {
        String page = browser.get("connexion.xhtml").body();
        return postLogin(browser, page, email, password, copyCode && CAPTCHA_TOKEN.matcher(page).find() ? codeOf(page) : null);
    }

    private static HttpResponse<String> postLogin(Http browser, String page, String email, String password, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", email);
        form.put("password", password);
        Matcher token = CAPTCHA_TOKEN.matcher(page);
        if (token.find()) {
            form.put("captcha-token", token.group(1));
            form.put("captcha", code == null ? "" : code);
        }
        form.put("login", "");
        return browser.submit(page, "connexion.xhtml", form);
    }

    private String codeOf(String page) {
        Matcher token = CAPTCHA_TOKEN.matcher(page);
        assertTrue(token.find(), "no security code on the page");
        return em.find(CaptchaChallenge.class, token.group(1)).getCode();
    }

    private static String message(HttpResponse<String> answer) {
        Matcher message = MESSAGE.matcher(answer.body());
        return message.find() ? message.group(1).strip() : "(status " + answer.statusCode() + ", no message)";
    }

    private Http http() throws Exception {
        return Http.fromInside();
    }

    private String newAccount() throws Exception {
        String email = "compte." + UUID.randomUUID() + "@portail-familles.test";
        transaction.begin();
        em.persist(UserAccount.forStaff(email, "Compte de test", passwords.hash(PASSWORD.toCharArray()), Role.STAFF, clock.now()));
        transaction.commit();
        return email;
    }
}
