package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.FamilyMembers.ChildDetails;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: add a child to a household, or edit a child's file (school, health, authorisations, contacts). */
@Named
@ViewScoped
public class ChildFormView extends MemberFormView<Child> {

    @NotBlank(message = "{household.lastName.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String lastName;
    @NotBlank(message = "{household.firstName.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String firstName;
    @NotNull(message = "{member.child.birthDate.required}") @PastOrPresent(message = "{member.child.bornInFuture}")
    private LocalDate birthDate;
    private Sex sex = Sex.F;
    private ChildFileFields fields = new ChildFileFields();

    /** Editable lines by contact kind (its name, for the page). */
    private final Map<String, List<ContactRow>> contacts = new HashMap<>(Map.of(
            ContactKind.PICKUP.name(), new ArrayList<>(), ContactKind.EMERGENCY.name(), new ArrayList<>()));

    @Override
    protected List<Child> membersOf(Household household) {
        return household.getChildren();
    }

    @Override
    protected Long idOf(Child member) {
        return member.getId();
    }

    @Override
    protected void fillNew(Household household) {
        lastName = household.getGuardians().get(0).getLastName();
    }

    @Override
    protected void fillFrom(Child c) {
        version = c.getVersion();
        lastName = c.getLastName();
        firstName = c.getFirstName();
        birthDate = c.getBirthDate();
        sex = c.getSex();
        fields = ChildFileFields.of(c);
        contacts.get(ContactKind.PICKUP.name()).addAll(c.getPickups().stream().map(ContactRow::of).toList());
        contacts.get(ContactKind.EMERGENCY.name()).addAll(c.getEmergencyContacts().stream().map(ContactRow::of).toList());
    }

    public void addContact(String kind) {
        contacts.get(kind).add(new ContactRow());
    }

    public void removeContact(String kind, ContactRow row) {
        contacts.get(kind).remove(row);
    }

    public void save() throws IOException {
        contacts.values().forEach(rows -> rows.removeIf(ContactRow::isBlank));
        if (!contacts.values().stream().flatMap(List::stream).allMatch(ContactRow::isComplete)) {
            Messages.error(null, "member.contact.incomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ChildDetails details = new ChildDetails(lastName, firstName, birthDate, sex, fields.getSchool(),
                fields.getSchoolClass(), fields.getAllergies(), fields.getPaiDetails(), fields.getDoctorName(),
                fields.getDoctorPhone(), fields.isPhotosAllowed(), fields.isMayLeaveAlone(),
                lines(ContactKind.PICKUP), lines(ContactKind.EMERGENCY));
        save(() -> members.saveChild(getHouseholdId(), getId(), version, details, Caller.name()));
    }

    private List<ContactLine> lines(ContactKind kind) {
        return contacts.get(kind.name()).stream().map(ContactRow::line).toList();
    }

    public Sex[] getSexes() { return Sex.values(); }

    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public ChildFileFields getFields() { return fields; }
    public Map<String, List<ContactRow>> getContacts() { return contacts; }
}
