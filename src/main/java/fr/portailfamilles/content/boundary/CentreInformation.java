package fr.portailfamilles.content.boundary;

import fr.portailfamilles.content.entity.Centre;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The centre's public details. */
@Stateless
public class CentreInformation {

    @PersistenceContext
    EntityManager em;

    public Optional<Centre> centre() {
        return em.createNamedQuery(Centre.FIND_ALL, Centre.class).setMaxResults(1).getResultStream().findFirst();
    }
}
