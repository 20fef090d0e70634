package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.TariffProblem;
import fr.portailfamilles.platform.boundary.ActionRefused;

import java.util.List;

/** A tariff that breaks its rules is not saved, nothing of it: each problem is told next to its field. */
public class TariffRefused extends ActionRefused {

    private final transient List<TariffProblem> problems;

    public TariffRefused(List<TariffProblem> problems) {
        super("tariff.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<TariffProblem> problems() {
        return problems;
    }
}
