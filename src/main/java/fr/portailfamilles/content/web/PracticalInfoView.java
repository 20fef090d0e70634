package fr.portailfamilles.content.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.content.boundary.News;
import fr.portailfamilles.content.boundary.PracticalInformation;
import fr.portailfamilles.content.entity.InfoDocument;
import fr.portailfamilles.content.entity.InfoPage;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Informations pratiques as a visitor or a family reads them: the pages in staff's order, the general documents,
 * then the programmes d'animation of the activities not yet over, by activity, a period's programme only until the
 * period ends.
 */
@Named
@RequestScoped
public class PracticalInfoView {

    @Inject
    PracticalInformation information;

    @Inject
    Activities activities;

    @Inject
    SignedInPerson signedIn;

    @Inject
    Clock clock;

    private List<InfoPage> pages;
    private List<InfoDocument> documents;
    private List<ActivityProgrammes> programmes;

    public List<InfoPage> getPages() {
        if (pages == null) {
            pages = information.pages(News.readBy(isFamily()));
        }
        return pages;
    }

    public List<InfoDocument> getGeneralDocuments() {
        return documents().stream().filter(document -> !document.isProgramme()).toList();
    }

    public List<ActivityProgrammes> getProgrammes() {
        if (programmes == null) {
            programmes = programmesShown();
        }
        return programmes;
    }

    private List<ActivityProgrammes> programmesShown() {
        LocalDate today = clock.today();
        Map<Long, Period> periods = activities.periods().stream().collect(Collectors.toMap(Period::getId, Function.identity()));
        List<ActivityProgrammes> shown = new ArrayList<>();
        for (Activity activity : activities.all()) {
            if (activity.getEndsOn().isBefore(today)) {
                continue;
            }
            List<Programme> rows = documents().stream().filter(document -> activity.getId().equals(document.getActivityId()))
                    .map(document -> new Programme(document, Optional.ofNullable(document.getPeriodId()).map(periods::get).orElse(null)))
                    .filter(programme -> programme.period() == null || !programme.period().getLastDay().isBefore(today))
                    .sorted(Comparator.comparing(Programme::firstDay)).toList();
            if (!rows.isEmpty()) {
                shown.add(new ActivityProgrammes(activity, rows));
            }
        }
        return shown;
    }

    private List<InfoDocument> documents() {
        if (documents == null) {
            documents = information.documents(News.readBy(isFamily()));
        }
        return documents;
    }

    private boolean isFamily() {
        return signedIn.householdId().isPresent();
    }

    /** The programmes of one activity, those of its whole span first, then by period. */
    public record ActivityProgrammes(Activity activity, List<Programme> programmes) {
    }

    /** @param period the period it is the programme of, or null for the whole activity */
    public record Programme(InfoDocument document, Period period) {

        /** The whole activity's programme before its periods'. */
        LocalDate firstDay() {
            return period == null ? LocalDate.MIN : period.getFirstDay();
        }
    }
}
