package fr.portailfamilles.billing.control;

import java.util.List;

/**
 * Something wrong with a tariff, said next to the field concerned.
 *
 * @param row       the bracket's index for a bracket's field, -1 otherwise
 * @param arguments the values the message names
 */
public record TariffProblem(Field field, int row, String messageKey, List<Object> arguments) {

    /** Where a problem is shown on the tariff's form. */
    public enum Field {
        VALID_FROM, VALID_TO, BRACKETS, QF_MIN, QF_MAX, PRICE, OUTSIDE_PRICE, SIBLING_REDUCTION
    }

    public TariffProblem {
        arguments = List.copyOf(arguments);
    }

    static TariffProblem of(Field field, String messageKey, Object... arguments) {
        return new TariffProblem(field, -1, messageKey, List.of(arguments));
    }

    static TariffProblem inRow(Field field, int row, String messageKey, Object... arguments) {
        return new TariffProblem(field, row, messageKey, List.of(arguments));
    }
}
