package fr.portailfamilles.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Staff logged in over HTTP, and the ids their pages link to. */
public final class StaffPages {

    private StaffPages() {
    }

    public static Http loggedInStaff() {
        Http staff = Http.testServer();
        staff.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        return staff;
    }

    /** The id of a household listed on the first page of the staff's household list. */
    public static String householdId(Http staff, String householdName) {
        Matcher link = Pattern.compile("famille\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(householdName) + "<")
                .matcher(staff.get("gestion/familles.xhtml").body());
        if (!link.find()) {
            throw new AssertionError(householdName + " is not on the first page of the household list");
        }
        return link.group(1);
    }
}
