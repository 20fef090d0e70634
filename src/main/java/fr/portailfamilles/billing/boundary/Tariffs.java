package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.MemberTowns;
import fr.portailfamilles.billing.control.TariffBook;
import fr.portailfamilles.billing.control.TariffProblem;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.billing.control.TariffValidation;
import fr.portailfamilles.billing.entity.MemberTown;
import fr.portailfamilles.billing.entity.Tariff;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tariffs of the activities' units and services, and the member towns, as staff set them; and the tariffs of a
 * month as the invoice run reads them.
 */
@Stateless
@RolesAllowed("STAFF")
public class Tariffs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    /** The activity's tariffs in force today or starting later, the earliest first. */
    public List<Tariff> currentAndFuture(long activityId) {
        return em.createNamedQuery(Tariff.OF_ACTIVITY_FROM, Tariff.class)
                .setParameter("activityId", activityId).setParameter("from", clock.today())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "t.brackets")
                .getResultList();
    }

    /** A tariff with its brackets, for its form. */
    public Optional<Tariff> tariff(long tariffId) {
        Tariff tariff = em.find(Tariff.class, tariffId);
        if (tariff != null) {
            tariff.terms();
        }
        return Optional.ofNullable(tariff);
    }

    /**
     * A new tariff for one of the activity's units or services.
     *
     * @throws TariffRefused when it breaks a rule (then nothing is saved)
     */
    public long create(long activityId, TariffTerms terms) {
        Activity activity = activities.find(activityId).orElseThrow(() -> new ActionRefused("activity.unknown"));
        boolean offered = terms.kind() == ChargeKind.UNIT
                ? activity.getUnits().stream().anyMatch(unit -> unit.getId() == terms.itemId())
                : activity.getServices().stream().anyMatch(service -> service.getId() == terms.itemId());
        if (!offered) {
            throw new ActionRefused("tariff.item.unknown");
        }
        refuseWhenInvalid(terms, othersOfItem(terms, null), activity);
        Tariff tariff = new Tariff(activityId, terms);
        em.persist(tariff);
        em.flush();
        return tariff.getId();
    }

    /**
     * New dates or prices for a tariff (its unit or service stays); refused when someone saved it since the form was
     * filled.
     *
     * @throws TariffRefused when it breaks a rule (then nothing is saved)
     */
    public void change(long tariffId, long expectedVersion, TariffTerms terms) {
        Tariff tariff = em.find(Tariff.class, tariffId);
        if (tariff == null) {
            throw new ActionRefused("tariff.unknown");
        }
        if (tariff.getVersion() != expectedVersion) {
            throw new ActionRefused("tariff.concurrentEdit");
        }
        TariffTerms changed = new TariffTerms(tariff.getKind(), tariff.getItemId(), terms.validFrom(), terms.validTo(),
                terms.brackets(), terms.outsidePrice(), terms.siblingReductionPercent());
        refuseWhenInvalid(changed, othersOfItem(changed, tariffId),
                activities.find(tariff.getActivityId()).orElseThrow(() -> new ActionRefused("activity.unknown")));
        tariff.change(changed);
        em.flush();
    }

    /** A tariff that has priced no day yet can go; one in force is ended instead, by giving it a last day. */
    public void remove(long tariffId) {
        Tariff tariff = em.find(Tariff.class, tariffId);
        if (tariff == null) {
            throw new ActionRefused("tariff.unknown");
        }
        if (!tariff.startsAfter(clock.today())) {
            throw new ActionRefused("tariff.remove.started");
        }
        em.remove(tariff);
    }

    /**
     * The unit's or service's other tariffs, locked until the transaction ends: two staff members saving tariffs of
     * the same unit at once are checked one after the other.
     */
    private List<TariffTerms> othersOfItem(TariffTerms terms, Long exceptId) {
        return em.createNamedQuery(Tariff.OF_ITEM, Tariff.class)
                .setParameter("kind", terms.kind()).setParameter("itemId", terms.itemId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(other -> !other.getId().equals(exceptId))
                .map(Tariff::terms)
                .toList();
    }

    private static void refuseWhenInvalid(TariffTerms terms, List<TariffTerms> others, Activity activity) {
        List<TariffProblem> problems = new ArrayList<>(TariffValidation.problems(terms, others));
        TariffValidation.outsideActivity(terms, activity.getStartsOn(), activity.getEndsOn()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new TariffRefused(problems);
        }
    }

    /** The tariffs valid on at least one day of the month, for the invoice run (which reads them as staff). */
    public TariffBook book(YearMonth month) {
        return TariffBook.of(em.createNamedQuery(Tariff.VALID_BETWEEN, Tariff.class)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "t.brackets")
                .getResultStream().map(Tariff::terms).toList());
    }

    /** The member towns, by name. */
    public List<MemberTown> memberTownList() {
        return em.createNamedQuery(MemberTown.ALL, MemberTown.class).getResultList();
    }

    /** The member towns, to tell a household inside them from one outside. */
    public MemberTowns memberTowns() {
        return new MemberTowns(memberTownList().stream().map(MemberTown::town).toList());
    }

    public void addMemberTown(String postcode, String name) {
        MemberTown town;
        try {
            town = new MemberTown(postcode, name);
        } catch (IllegalArgumentException invalid) {
            throw new ActionRefused("memberTown.invalid");
        }
        if (memberTowns().holds(town.town())) {
            throw new ActionRefused("memberTown.already", town.getName());
        }
        em.persist(town);
    }

    public void removeMemberTown(long townId) {
        MemberTown town = em.find(MemberTown.class, townId);
        if (town != null) {
            em.remove(town);
        }
    }
}
