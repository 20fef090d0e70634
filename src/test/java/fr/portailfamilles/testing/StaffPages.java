package fr.portailfamilles.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The id of a household, found with the list's search as staff do (other tests add households to the list). */
    public static String householdId(Http staff, String householdName) {
        String list = staff.get("gestion/familles.xhtml").body();
        String found = staff.submit(list, "gestion/familles.xhtml", Map.of("households-form", "households-form",
                "households-form:search", householdName.replaceFirst("^Famille ", ""), "households-form:find", "")).body();
        Matcher link = Pattern.compile("famille\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(householdName) + "<").matcher(found);
        if (!link.find()) {
            throw new AssertionError(householdName + " is not found by the household list's search");
        }
        return link.group(1);
    }

    /** The form that opens a family file, for a mother living in Monts. */
    public static Map<String, String> newHouseholdForm(String lastName, String firstName, String email, String postcode) {
        Map<String, String> form = householdDetailsForm(email, postcode, "");
        form.put("civility_input", "MME");
        form.put("last-name", lastName);
        form.put("first-name", firstName);
        form.put("relationship_input", "MOTHER");
        form.put("mobile", "06 12 34 56 78");
        form.put("quotient", "780");
        return form;
    }

    /** The household's own details, as the family file form posts them. */
    public static Map<String, String> householdDetailsForm(String email, String postcode, String phone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("household-form", "household-form");
        form.put("email", email);
        form.put("address-line", "4 rue du Lavoir");
        form.put("postcode", postcode);
        form.put("town", "Monts");
        form.put("phone", phone);
        form.put("situation_input", "SINGLE");
        form.put("benefits_input", "CAF");
        form.put("allocataire", "7654321");
        form.put("save", "");
        return form;
    }

    /** Opens a family file; answers its id. */
    public static String createHousehold(Http staff, String lastName, String firstName, String email) {
        HttpResponse<String> created = staff.submit(staff.get("gestion/famille-fiche.xhtml").body(), "gestion/famille-fiche.xhtml",
                newHouseholdForm(lastName, firstName, email, "37260"));
        Matcher id = Pattern.compile("famille\\.xhtml\\?id=(\\d+)").matcher(created.headers().firstValue("Location").orElse(""));
        if (created.statusCode() != 302 || !id.find()) {
            throw new AssertionError("The family file was not opened: " + created.body());
        }
        return id.group(1);
    }
}
