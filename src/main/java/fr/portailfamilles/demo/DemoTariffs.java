package fr.portailfamilles.demo;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.QuotientBracket;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.billing.entity.MemberTown;
import fr.portailfamilles.billing.entity.Tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo centre's tariffs, at the prices of a leisure centre in Touraine: four family-quotient brackets for the
 * day and half-days, the meal by bracket, the bus at one price; 30 % more outside the member towns, 10 % off the
 * units of a family's 2nd and further children. Each activity's tariffs run from its first day with no end. The
 * member towns are the six of the demo's households (Tours, where one guardian lives, is outside).
 */
final class DemoTariffs {

    private static final int[][] BRACKETS = {{0, 650}, {651, 950}, {951, 1250}, {1251, -1}};
    private static final String[] DAY = {"8.50", "11.50", "14.50", "18.00"};
    private static final String[] HALF_DAY = {"4.50", "6.00", "7.50", "9.50"};
    private static final String[] MEAL = {"3.20", "3.70", "4.20", "4.60"};
    private static final BigDecimal OUTSIDE = new BigDecimal("1.30");
    private static final BigDecimal SIBLINGS = BigDecimal.TEN;

    private DemoTariffs() {
    }

    /** The member towns and a tariff for every unit and service of the activities (persisted, so with their ids). */
    static List<Object> of(List<Activity> activities) {
        List<Object> entities = new ArrayList<>(Stream.of(new MemberTown("37250", "Montbazon"), new MemberTown("37250", "Veigné"),
                new MemberTown("37250", "Sorigny"), new MemberTown("37260", "Monts"), new MemberTown("37260", "Artannes-sur-Indre"),
                new MemberTown("37320", "Esvres")).toList());
        for (Activity activity : activities) {
            for (ActivityUnit unit : activity.getUnits()) {
                entities.add(new Tariff(activity.getId(), terms(activity, ChargeKind.UNIT, unit.getId(),
                        unit.isMorning() && unit.isAfternoon() ? DAY : HALF_DAY, SIBLINGS)));
            }
            for (ActivityService service : activity.getServices()) {
                String[] prices = service.getLabel().startsWith("CONVOYAGE") ? new String[]{"1.00"} : MEAL;
                entities.add(new Tariff(activity.getId(), terms(activity, ChargeKind.SERVICE, service.getId(), prices, null)));
            }
        }
        return entities;
    }

    private static TariffTerms terms(Activity activity, ChargeKind kind, long itemId, String[] prices, BigDecimal reduction) {
        List<QuotientBracket> brackets = new ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            boolean last = i == prices.length - 1;
            brackets.add(new QuotientBracket(BRACKETS[i][0], last ? null : BRACKETS[i][1], new BigDecimal(prices[i])));
        }
        BigDecimal outside = new BigDecimal(prices[prices.length - 1]).multiply(OUTSIDE).setScale(2, RoundingMode.HALF_UP);
        return new TariffTerms(kind, itemId, activity.getStartsOn(), null, brackets, outside, reduction);
    }
}
