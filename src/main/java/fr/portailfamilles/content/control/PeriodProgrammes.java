package fr.portailfamilles.content.control;

import fr.portailfamilles.activity.boundary.StructureRemoving;
import fr.portailfamilles.content.entity.InfoDocument;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A period whose programme d'animation is published stays: staff remove the programme first, knowingly. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PeriodProgrammes {

    @PersistenceContext
    EntityManager em;

    public void refuseWhenProgrammed(@Observes StructureRemoving removing) {
        if (removing.part() != StructureRemoving.Part.PERIOD) {
            return;
        }
        em.createNamedQuery(InfoDocument.OF_PERIOD, InfoDocument.class).setParameter("periodId", removing.id())
                .setMaxResults(1).getResultStream().findFirst().ifPresent(programme -> {
                    throw new ActionRefused("activity.remove.programme", removing.name(), programme.getTitle());
                });
    }
}
