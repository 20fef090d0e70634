package fr.portailfamilles.household;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** In-container tests call the parents' boundaries through this bean, with the role a logged-in parent has. */
@Stateless
@RunAs("PARENT")
@PermitAll
public class AsParent {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
