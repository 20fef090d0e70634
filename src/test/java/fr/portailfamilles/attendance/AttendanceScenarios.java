package fr.portailfamilles.attendance;

import fr.portailfamilles.attendance.boundary.Attendance;
import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.ChildAttendance;
import fr.portailfamilles.attendance.boundary.Marker;
import fr.portailfamilles.household.AsStaff;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test archives only: an activity open today with four children booked in its 6–17 group; answers its name, opening
 * day id and group id, then each child's id and full name, one line each, fields split by ";". With
 * {@code colleague=<child id>}, {@code day} and {@code group}, a colleague (Marc Girard) marks that child absent, as
 * from another tablet.
 */
@WebServlet("/test-scenarios/attendance")
public class AttendanceScenarios extends HttpServlet {

    static final Marker COLLEAGUE = new Marker("marc.girard@exemple.fr", "Marc Girard");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    AsStaff asStaff;

    @Inject
    Attendance attendance;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            String colleague = request.getParameter("colleague");
            if (colleague == null) {
                String name = "POINTAGE " + System.nanoTime() % 1_000_000;
                AttendanceFixture fixture = AttendanceFixture.create(em, transaction, name, clock.today(), 4, 4);
                lines.add(name + ";" + fixture.openingDayId + ";" + fixture.groupId);
                fixture.families.forEach(family -> lines.add(family[1] + ";Enfant" + fixture.families.indexOf(family) + " " + name));
            } else {
                long childId = Long.parseLong(colleague);
                long dayId = Long.parseLong(request.getParameter("day"));
                long groupId = Long.parseLong(request.getParameter("group"));
                asStaff.call(() -> {
                    ChildAttendance child = attendance.sheet(dayId, groupId).getRows().stream()
                            .filter(r -> r.getChildId() == childId).findFirst().orElseThrow();
                    attendance.mark(dayId, groupId, childId, child.getVersions(), AttendanceState.ABSENT, null, COLLEAGUE);
                    return null;
                });
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", lines));
    }
}
