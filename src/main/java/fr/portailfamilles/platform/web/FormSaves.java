package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * How the staff's forms save: on success to the next page with the confirmation (Post/Redirect/Get); a refusal,
 * or a colleague's save in between, as a message on the form.
 */
public final class FormSaves {

    private FormSaves() {
    }

    /** @param save does the change and answers the page to show next */
    public static void save(Supplier<String> save, String savedKey) throws IOException {
        saveSaying(() -> new Saved(save.get(), savedKey));
    }

    /** The same when the confirmation says what the save did. */
    public static void saveSaying(Supplier<Saved> save) throws IOException {
        try {
            Saved saved = save.get();
            Messages.infoAfterRedirect(saved.next(), saved.key(), saved.arguments());
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        } catch (EJBException failure) {
            if (!(failure.getCause() instanceof OptimisticLockException)) {
                throw failure;
            }
            Messages.error(null, "household.concurrentEdit");
        }
    }

    /** The page to show next and the confirmation to show there. */
    public record Saved(String next, String key, Object... arguments) {
    }
}
