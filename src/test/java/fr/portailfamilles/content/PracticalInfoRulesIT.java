package fr.portailfamilles.content;

import fr.portailfamilles.activity.boundary.ActivityEditing;
import fr.portailfamilles.activity.boundary.ActivityEditing.PeriodDetails;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.content.boundary.PracticalInformation;
import fr.portailfamilles.content.control.InfoRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.InfoPage;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.TestFiles;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The rules Informations pratiques keep whoever calls: a programme's period is of its activity, a period whose
 * programme is published stays until the programme goes, pages move one place at a time, only staff write.
 */
@ExtendWith(ArquillianExtension.class)
class PracticalInfoRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(PracticalInfoRulesIT.class, AsStaff.class);
    }

    @Inject
    AsStaff asStaff;

    @Inject
    ActivityEditing editing;

    @Inject
    PracticalInformation information;

    @Inject
    Clock clock;

    @Test
    void aProgrammeKeepsItsPeriodAndBelongsToItsActivity() throws Exception {
        long activity = activity("PROGRAMME " + System.nanoTime());
        long other = activity("AUTRE " + System.nanoTime());
        long period = period(activity);
        byte[] pdf = TestFiles.pdf("Programme des mercredis");

        ActionRefused foreign = assertThrows(ActionRefused.class, () -> asStaff.call(() -> information.addDocument(
                InfoRules.document("Programme", other, period, Audience.PUBLIC), "programme.pdf", pdf, "accueil@test")));
        assertEquals("info.period.notOfActivity", foreign.messageKey());

        long programme = asStaff.call(() -> information.addDocument(
                InfoRules.document("Programme des mercredis", activity, period, Audience.PUBLIC), "programme.pdf", pdf, "accueil@test"));
        ActionRefused kept = assertThrows(ActionRefused.class, () -> asStaff.call(() -> editing.removePeriod(period)));
        assertEquals("activity.remove.programme", kept.messageKey());
        assertEquals("Programme des mercredis", kept.arguments()[1]);

        asStaff.call(() -> {
            information.removeDocument(programme);
            return null;
        });
        assertEquals(activity, asStaff.call(() -> editing.removePeriod(period)), "without its programme the period goes");
    }

    @Test
    void aPageMovesOnePlaceAndTheEndsStay() throws Exception {
        String prefix = "Ordre " + System.nanoTime() + " ";
        long first = addPage(prefix + "A");
        long second = addPage(prefix + "B");
        long third = addPage(prefix + "C");

        move(third, true);
        assertEquals(List.of(prefix + "A", prefix + "C", prefix + "B"), titlesStartingWith(prefix));
        move(first, true);
        move(second, false);
        assertEquals(List.of(prefix + "A", prefix + "C", prefix + "B"), titlesStartingWith(prefix), "the first stays first");
        assertThrows(EJBAccessException.class, () -> information.allPages(), "only staff list them all");
        assertThrows(EJBAccessException.class, () -> information.addPage(InfoRules.page("Piraté", "<p>x</p>", Audience.PUBLIC), "x"));
    }

    private long addPage(String title) throws Exception {
        return asStaff.call(() -> information.addPage(InfoRules.page(title, "<p>Texte</p>", Audience.PUBLIC), "accueil@test"));
    }

    private void move(long page, boolean earlier) throws Exception {
        asStaff.call(() -> {
            information.movePage(page, earlier);
            return null;
        });
    }

    private List<String> titlesStartingWith(String prefix) throws Exception {
        return asStaff.call(() -> information.allPages()).stream().map(InfoPage::getTitle).filter(t -> t.startsWith(prefix)).toList();
    }

    private long activity(String name) throws Exception {
        LocalDate start = clock.today().plusDays(30);
        return asStaff.call(() -> editing.create(name, ActivityKind.WEDNESDAYS, "2026/2027", start, start.plusDays(60), 3, 11));
    }

    private long period(long activity) throws Exception {
        LocalDate start = clock.today().plusDays(30);
        return asStaff.call(() -> editing.addPeriod(activity, new PeriodDetails(start, start.plusDays(27), EnumSet.of(DayOfWeek.WEDNESDAY),
                clock.today(), start.minusDays(2), 2, LocalTime.of(18, 0), false)));
    }
}
