package fr.portailfamilles.activity.boundary;

import fr.portailfamilles.activity.entity.Activity;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@Stateless
public class Activities {

    @PersistenceContext
    EntityManager em;

    public List<Activity> all() {
        return em.createNamedQuery(Activity.FIND_ALL, Activity.class).getResultList();
    }
}
