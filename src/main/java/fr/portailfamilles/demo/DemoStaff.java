package fr.portailfamilles.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** What staff do from the back office, done by the demo's history with that role (demo mode only). */
@Stateless
@RunAs("STAFF")
@PermitAll
public class DemoStaff {

    public <T> T call(Callable<T> work) {
        return DemoOnly.call(work);
    }
}
