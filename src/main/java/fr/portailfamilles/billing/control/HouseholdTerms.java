package fr.portailfamilles.billing.control;

import fr.portailfamilles.household.boundary.BillableHousehold;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What prices a household's days: its family quotient day by day, whether it lives in a member town, and its
 * children's birth dates (the eldest present a day pays full price, the next ones the sibling reduction).
 *
 * @param quotients  the household's quotients with the days they cover; a day none covers has no quotient
 * @param birthDates the children's birth dates by child id
 */
public record HouseholdTerms(long householdId, List<QuotientSpan> quotients, boolean insideMemberTowns,
                             Map<Long, LocalDate> birthDates) {

    /** A family quotient from a day to a day (null: no end yet). */
    public record QuotientSpan(int amount, LocalDate validFrom, LocalDate validTo) {

        public QuotientSpan {
            Objects.requireNonNull(validFrom);
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    public HouseholdTerms {
        quotients = List.copyOf(quotients);
        birthDates = Map.copyOf(birthDates);
    }

    /** The terms of a household as the household area gives it; whether it lives in a member town is read from its address. */
    public static HouseholdTerms of(BillableHousehold household, MemberTowns memberTowns) {
        return new HouseholdTerms(household.householdId(),
                household.quotients().stream().map(q -> new QuotientSpan(q.amount(), q.validFrom(), q.validTo())).toList(),
                memberTowns.includes(household.postcode(), household.town()),
                household.children().stream().collect(Collectors.toMap(BillableHousehold.ChildBirth::childId,
                        BillableHousehold.ChildBirth::birthDate)));
    }

    /** The quotient that day; when two spans cover it, the one that started last (the newer certificate). */
    public OptionalInt quotientOn(LocalDate day) {
        return quotients.stream().filter(q -> q.covers(day))
                .max((a, b) -> a.validFrom().compareTo(b.validFrom()))
                .map(q -> OptionalInt.of(q.amount())).orElse(OptionalInt.empty());
    }

    public Optional<LocalDate> birthDate(long childId) {
        return Optional.ofNullable(birthDates.get(childId));
    }
}
