package fr.portailfamilles.contact;

import fr.portailfamilles.contact.entity.ContactThread;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.TestServer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;

/** Test archives only: an exchange of a household other than the demo parent's. Answers its id. */
@WebServlet("/test-scenarios/contact")
public class ContactScenarios extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContactThread thread;
        try {
            transaction.begin();
            long demo = em.createQuery("select a.householdId from UserAccount a where a.email = :email", Long.class)
                    .setParameter("email", TestServer.PARENT).getSingleResult();
            long other = em.createQuery("select h.id from Household h where h.id <> :demo order by h.id", Long.class)
                    .setParameter("demo", demo).setMaxResults(1).getSingleResult();
            thread = new ContactThread(other, "Question confidentielle", "voisine@exemple.fr", clock.now());
            em.persist(thread);
            thread.fromFamily("voisine@exemple.fr", "Un message qui ne regarde que notre famille.", null, clock.now());
            transaction.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(thread.getId());
    }
}
