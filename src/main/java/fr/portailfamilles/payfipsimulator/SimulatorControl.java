package fr.portailfamilles.payfipsimulator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the simulator how to behave (tests and demo only, like the whole simulator), by POST:
 * {@code notifications=send|drop|delay|repeat} with {@code parameter} (milliseconds, or how many),
 * {@code tamper=none|amount|numcli|refdet} with {@code refdet}, {@code creation=normal|fault|slow},
 * {@code return=redirect|byhand} (byhand: a ticket page with a link back, as when the payer closes PayFiP's page), {@code reset=true};
 * and {@code end=<idop>&result=P|R|A} ends a payment as the payer would on the page, without a browser.
 */
@WebServlet("/control")
public class SimulatorControl extends HttpServlet {

    @Inject
    Endings endings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SimulatorState state = SimulatorState.INSTANCE;
        if ("true".equals(request.getParameter("reset"))) {
            state.reset();
        }
        Optional.ofNullable(request.getParameter("notifications"))
                .ifPresent(mode -> state.notifications = SimulatorState.Notifications.valueOf(mode.toUpperCase(Locale.ROOT)));
        Optional.ofNullable(request.getParameter("parameter")).ifPresent(value -> state.notificationParameter = Integer.parseInt(value));
        Optional.ofNullable(request.getParameter("tamper"))
                .ifPresent(mode -> state.tamper = SimulatorState.Tamper.valueOf(mode.toUpperCase(Locale.ROOT)));
        Optional.ofNullable(request.getParameter("refdet")).ifPresent(refdet -> state.tamperedRefdet = refdet);
        Optional.ofNullable(request.getParameter("creation")).ifPresent(mode -> state.creation = "normal".equals(mode) ? null : mode);
        Optional.ofNullable(request.getParameter("return")).ifPresent(mode -> state.returnByHand = "byhand".equals(mode));
        String ended = request.getParameter("end");
        if (ended != null) {
            Optional<SimulatedPayment> payment = state.find(ended);
            if (payment.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            endings.end(payment.get(), request.getParameter("result"));
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("OK");
    }
}
