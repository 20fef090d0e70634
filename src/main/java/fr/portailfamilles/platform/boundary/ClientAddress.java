package fr.portailfamilles.platform.boundary;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the person behind the current request (the forwarded one behind a load balancer, see
 * PORTAIL_BEHIND_PROXY), or "-" outside a web request (batch, timers).
 */
@Dependent
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    public String current() {
        try {
            String address = request.getRemoteAddr();
            return address == null ? "-" : address;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return "-";
        }
    }
}
