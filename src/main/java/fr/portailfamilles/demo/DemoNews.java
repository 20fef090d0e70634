package fr.portailfamilles.demo;

import fr.portailfamilles.content.control.NewsRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.NewsItem;
import fr.portailfamilles.platform.control.ParisTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Two news items shown on the day the demo is loaded: one on the public home page, one for the families. */
final class DemoNews {

    private DemoNews() {
    }

    static List<NewsItem> of(Instant now) {
        LocalDate today = ParisTime.dayOf(now);
        return List.of(
                new NewsItem(NewsRules.draft("Le programme des mercredis est en ligne",
                        "<p>Ateliers, sorties et grands jeux : l’équipe d’animation vous présente le <strong>programme des"
                                + " mercredis</strong> à l’accueil. Les inscriptions se font dans votre espace famille, rubrique"
                                + " <em>Pré-inscrire</em>.</p>",
                        today.minusDays(7), today.plusDays(60), Audience.PUBLIC), DemoCentre.STAFF_EMAIL, now),
                new NewsItem(NewsRules.draft("Quotient familial : pensez à votre attestation",
                        "<p>Le tarif dépend de votre quotient familial. Déposez votre attestation CAF ou MSA de l’année dans"
                                + " <em>Mes informations</em> :</p><ul><li>sans attestation valable, le tarif le plus haut"
                                + " s’applique ;</li><li>le personnel de l’accueil vérifie l’attestation avant de l’appliquer.</li></ul>",
                        today.minusDays(2), null, Audience.PARENTS), DemoCentre.STAFF_EMAIL, now));
    }
}
