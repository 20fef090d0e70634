package fr.portailfamilles.billing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** In-container tests call IT's boundaries through this bean, with the role a logged-in IT member has. */
@Stateless
@RunAs("IT")
@PermitAll
public class AsIt {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
