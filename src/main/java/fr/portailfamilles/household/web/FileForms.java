package fr.portailfamilles.household.web;

import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

import java.io.IOException;
import java.util.function.Supplier;

/** How the family-file forms save: on success to the next page, otherwise a message on the form. */
final class FileForms {

    private FileForms() {
    }

    /** @param save does the change and answers the page to show next */
    static void save(Supplier<String> save, String savedKey) throws IOException {
        try {
            String next = save.get();
            Messages.infoAfterRedirect(next, savedKey);
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        } catch (EJBException failure) {
            if (!(failure.getCause() instanceof OptimisticLockException)) {
                throw failure;
            }
            Messages.error(null, "household.concurrentEdit");
        }
    }

    static String householdPage(long householdId) {
        return "/gestion/famille.xhtml?id=" + householdId;
    }
}
