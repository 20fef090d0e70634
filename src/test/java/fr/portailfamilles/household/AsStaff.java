package fr.portailfamilles.household;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** In-container tests call the staff's boundaries through this bean, with the role a logged-in staff member has. */
@Stateless
@RunAs("STAFF")
@PermitAll
public class AsStaff {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
