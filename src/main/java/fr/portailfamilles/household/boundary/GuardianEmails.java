package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.lifecycle.GuardianLogins;
import jakarta.persistence.EntityManager;

import java.util.Locale;

/** The rules a guardian's e-mail follows, whether staff type it or a parent asks to change it. */
final class GuardianEmails {

    private GuardianEmails() {
    }

    /** A guardian who logs in has their login as e-mail: IT changes it, not the file. */
    static void requireNotLogin(GuardianLogins logins, Guardian guardian, String email) {
        if (logins.hasLogin(guardian.getId()) && FileValues.differ(guardian.getEmail(), email)) {
            throw new ActionRefused("member.guardian.emailIsLogin");
        }
    }

    /** A guardian's e-mail may become their login: two guardians never share one. */
    static void requireFree(EntityManager em, Guardian guardian, String email) {
        String given = FileValues.given(email);
        if (given == null) {
            return;
        }
        boolean taken = em.createQuery("select count(g) from Guardian g where lower(g.email) = :email and g <> :guardian", Long.class)
                .setParameter("email", given.toLowerCase(Locale.ROOT))
                .setParameter("guardian", guardian)
                .getSingleResult() > 0;
        if (taken) {
            throw new ActionRefused("member.guardian.emailTaken");
        }
    }
}
