package fr.portailfamilles.booking.web;

import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.DayFill;
import fr.portailfamilles.booking.boundary.FillRates;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staff: a period's fill rates per day, as a table and as a chart (Chart.js through PrimeFaces' p:chart). */
@Named
@ViewScoped
public class FillRatesView implements Serializable {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");

    @Inject
    FillRates fillRates;

    @Inject
    BookingAnswers answers;

    private Long periodId;
    private List<DayFill> fills;

    public List<Period> getPeriods() {
        return answers.periods();
    }

    public void periodChosen() {
        fills = null;
    }

    public List<DayFill> getFills() {
        if (fills == null) {
            fills = periodId == null ? List.of() : fillRates.of(periodId);
        }
        return fills;
    }

    /** One bar per day and group or service: the fuller half-day's rate. */
    public String getChart() {
        List<LocalDate> days = getFills().stream().map(DayFill::getDate).distinct().toList();
        Map<String, JsonArrayBuilder> rates = new LinkedHashMap<>();
        getFills().forEach(fill -> rates.computeIfAbsent(fill.getLabel(), label -> Json.createArrayBuilder()).add(fill.getRate()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(day -> labels.add(day.format(SHORT_DAY)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        rates.forEach((label, data) -> datasets.add(Json.createObjectBuilder().add("label", label).add("data", data)));
        JsonObjectBuilder yAxis = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", Messages.text("fill.axis")));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("y", yAxis))
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", Messages.text("fill.chartTitle")))))
                .build().toString();
    }

    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
}
