package fr.portailfamilles.billing.control;

import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A household's month cannot be charged: some of its billable days have no tariff. Rather than bill them at zero,
 * the run skips the household with this reason, which names each unit or service and its days, so that staff add
 * the tariff and run the month again.
 */
public class TariffMissing extends RuntimeException {

    /** A unit or service billable on a day that no tariff covers. */
    public record Gap(ChargeKind kind, long itemId, String label, String activityName, LocalDate date) {
    }

    public static final String MESSAGE_KEY = "billing.tariffMissing";

    private final transient List<Gap> gaps;

    public TariffMissing(List<Gap> gaps) {
        super(describe(gaps, Locale.FRENCH));
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> gaps() {
        return gaps;
    }

    /** The reason in a language: "Aucun tarif en vigueur pour : Journée (MERCREDI 2026/2027) les 07/10/2026, 14/10/2026. …" */
    public String describe(Locale locale) {
        return describe(gaps, locale);
    }

    private static String describe(List<Gap> gaps, Locale locale) {
        Map<Gap, List<LocalDate>> daysByItem = gaps.stream().collect(Collectors.groupingBy(
                gap -> new Gap(gap.kind(), gap.itemId(), gap.label(), gap.activityName(), null),
                LinkedHashMap::new, Collectors.mapping(Gap::date, Collectors.toList())));
        String items = daysByItem.entrySet().stream()
                .map(item -> Texts.format(locale, MESSAGE_KEY + ".item", item.getKey().label(), item.getKey().activityName(),
                        item.getValue().stream().distinct().sorted().map(ParisTime::day).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(" ; "));
        return Texts.format(locale, MESSAGE_KEY, items);
    }
}
