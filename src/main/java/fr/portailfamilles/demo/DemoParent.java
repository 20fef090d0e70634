package fr.portailfamilles.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** What a parent does from the portal, done by the demo's history with that role (demo mode only). */
@Stateless
@RunAs("PARENT")
@PermitAll
public class DemoParent {

    public <T> T call(Callable<T> work) {
        return DemoOnly.call(work);
    }
}
