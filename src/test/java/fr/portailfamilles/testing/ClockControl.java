package fr.portailfamilles.testing;

import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDateTime;

/**
 * Test archives only: tells the portal's time (GET, as a Paris date-time), moves the clock (POST {@code at=2027-03-15T10:00})
 * or puts it back (POST {@code at=reset}), so that client-side tests and browser journeys derive their dates from the
 * server's clock and can set the moment a rule is judged.
 */
@WebServlet("/test-clock")
public class ClockControl extends HttpServlet {

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String at = request.getParameter("at");
        if ("reset".equals(at)) {
            clock.reset();
        } else {
            clock.moveTo(LocalDateTime.parse(at).atZone(ParisTime.ZONE).toInstant());
        }
        answer(response);
    }

    private void answer(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(clock.zonedNow().toLocalDateTime());
    }
}
