package fr.portailfamilles.content.web;

import fr.portailfamilles.platform.control.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Aide en ligne: one topic per family feature, each a few steps with a screenshot of the page it explains. The
 * screenshots are taken by {@code HelpScreenshotsJourneyIT} from the real pages, so that they follow the pages.
 */
@Named
@ApplicationScoped
public class HelpView {

    /** In the order a family meets them, each with the page its screenshot shows. */
    private static final List<String> TOPICS = List.of("connexion", "mot-de-passe", "mes-informations", "mes-enfants",
            "pre-inscrire", "inscriptions", "factures", "paiements", "payer", "ecrire", "informations");
    private static final int MOST_STEPS = 9;

    private final List<Topic> topics = TOPICS.stream().map(HelpView::topic).toList();

    public List<Topic> getTopics() {
        return topics;
    }

    /** The steps are as many as the French bundle has; the English one has the same keys (MessageBundlesTest). */
    private static Topic topic(String id) {
        String prefix = "help." + id + ".";
        List<String> steps = IntStream.rangeClosed(1, MOST_STEPS).mapToObj(n -> prefix + "step" + n)
                .filter(key -> Texts.has(Locale.FRENCH, key)).toList();
        return new Topic(id, prefix + "title", prefix + "intro", steps, prefix + "shot",
                Texts.has(Locale.FRENCH, prefix + "tip") ? prefix + "tip" : null);
    }

    /** Message keys of a topic; tip is null when it has none. */
    public record Topic(String id, String title, String intro, List<String> steps, String shot, String tip) {
    }
}
