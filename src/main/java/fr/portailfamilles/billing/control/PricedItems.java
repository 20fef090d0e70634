package fr.portailfamilles.billing.control;

import fr.portailfamilles.activity.boundary.StructureRemoving;
import fr.portailfamilles.billing.entity.Tariff;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A unit or service that has tariffs stays: staff remove its tariffs first, so that no price points at nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PricedItems {

    @PersistenceContext
    EntityManager em;

    public void refuseWhenPriced(@Observes StructureRemoving removing) {
        ChargeKind kind = switch (removing.part()) {
            case UNIT -> ChargeKind.UNIT;
            case SERVICE -> ChargeKind.SERVICE;
            case GROUP, PERIOD -> null;
        };
        if (kind == null) {
            return;
        }
        int tariffs = em.createNamedQuery(Tariff.OF_ITEM, Tariff.class)
                .setParameter("kind", kind).setParameter("itemId", removing.id()).getResultList().size();
        if (tariffs > 0) {
            throw new ActionRefused("activity.remove.priced", removing.name(), tariffs);
        }
    }
}
