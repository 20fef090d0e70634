package fr.portailfamilles.demo;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.content.control.InfoRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.InfoDocument;
import fr.portailfamilles.content.entity.InfoDocumentFile;
import fr.portailfamilles.content.entity.InfoPage;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.PictureRules;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Informations pratiques of the demo: three pages (one for the families only), the rules, the health form for the
 * families, and the programme d'animation of the next period not yet over.
 */
final class DemoInfo {

    private DemoInfo() {
    }

    static void persist(EntityManager em, List<Activity> activities, Instant now) {
        String by = DemoCentre.STAFF_EMAIL;
        em.persist(new InfoPage(InfoRules.page("Horaires et accès",
                "<p>L’accueil de loisirs est ouvert les <strong>mercredis</strong> et pendant les <strong>vacances scolaires</strong>,"
                        + " de 7 h 30 à 18 h 30.</p><ul><li>Arrivée le matin jusqu’à 9 h 30 ;</li><li>départ le soir à partir de 16 h 30 ;"
                        + "</li><li>à la demi-journée : départ ou arrivée entre 13 h 15 et 13 h 45.</li></ul>", Audience.PUBLIC), 1, by, now));
        em.persist(new InfoPage(InfoRules.page("Inscrire votre enfant",
                "<p>Pour inscrire votre enfant, remplissez d’abord le dossier d’inscription à l’accueil : le personnel crée"
                        + " votre espace famille et vous envoie vos codes par courriel.</p><p>Ensuite, réservez les journées dans"
                        + " <em>Pré-inscrire</em>, avant la date limite de chaque période. L’accueil confirme chaque demande.</p>",
                Audience.PUBLIC), 2, by, now));
        em.persist(new InfoPage(InfoRules.page("Le goûter et les sorties",
                "<p>Le goûter est fourni par l’accueil. Pour les sorties, pensez à une casquette et une gourde au nom de l’enfant.</p>",
                Audience.PARENTS), 3, by, now));
        document(em, "Règlement intérieur", null, null, Audience.PUBLIC, "reglement-interieur.pdf", DemoDocuments.rules(), now);
        document(em, "Fiche sanitaire de liaison", null, null, Audience.PARENTS, "fiche-sanitaire.pdf", DemoDocuments.healthForm(), now);
        LocalDate today = ParisTime.dayOf(now);
        activities.stream().flatMap(activity -> activity.getPeriods().stream())
                .filter(period -> !period.getLastDay().isBefore(today))
                .min(Comparator.comparing(Period::getFirstDay))
                .ifPresent(period -> document(em, "Programme d’animation", period.getActivity().getId(), period.getId(),
                        Audience.PUBLIC, "programme.pdf",
                        DemoDocuments.programme(period.getActivity().getName(), period.getFirstDay(), period.getLastDay()), now));
    }

    private static void document(EntityManager em, String title, Long activityId, Long periodId, Audience audience,
                                 String fileName, byte[] pdf, Instant now) {
        InfoDocument document = new InfoDocument(InfoRules.document(title, activityId, periodId, audience), fileName, pdf.length,
                PictureRules.digest(pdf), DemoCentre.STAFF_EMAIL, now);
        em.persist(document);
        em.flush();
        em.persist(new InfoDocumentFile(document.getId(), pdf));
    }
}
