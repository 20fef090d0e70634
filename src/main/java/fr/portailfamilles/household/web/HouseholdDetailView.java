package fr.portailfamilles.household.web;

import fr.portailfamilles.document.boundary.Documents;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.FamilyMembers;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.boundary.PersonalDataExport;
import fr.portailfamilles.household.control.PersonalDataPdf;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Staff: one household's file, chosen by its id in the address (staff may see every household). */
@Named
@RequestScoped
public class HouseholdDetailView {

    @Inject
    Households households;

    @Inject
    ChangeRequests changeRequests;

    @Inject
    PersonalDataExport personalDataExport;

    @Inject
    Documents documents;

    @Inject
    FamilyMembers members;

    @Inject
    Clock clock;

    @Inject
    CentreIdentity centreIdentity;

    private List<Document> householdDocuments;
    private List<ChangeRequest> pendingRequests;

    private List<ChangeLogEntry> log;

    private Long id;
    private Household household;

    /** An unknown id is a page that does not exist. */
    public void load() throws IOException {
        if (getHousehold() == null) {
            MissingPage.send();
        }
    }

    /** On a form post the page is rebuilt before the view parameter reaches this bean: the id then comes as a request parameter. */
    public Household getHousehold() {
        if (id == null) {
            id = RequestIds.posted();
        }
        if (household == null && id != null) {
            household = households.forStaff(id).orElse(null);
        }
        return household;
    }

    /** RGPD: everything held about the household, as a JSON file to hand to the family. */
    public void exportPersonalData() throws IOException {
        sendPersonalData("json", "application/json", data -> {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(json, StandardCharsets.UTF_8).write(data);
            return json.toByteArray();
        });
    }

    /** The same, as a document the family can read. */
    public void exportPersonalDataPdf() throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        sendPersonalData("pdf", "application/pdf", data -> new PersonalDataPdf(locale).render(data, clock.now(),
                centreIdentity.letterhead()));
    }

    private void sendPersonalData(String extension, String mediaType, Function<JsonObject, byte[]> format) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (getHousehold() == null) {
            MissingPage.send();
            return;
        }
        byte[] file = format.apply(personalDataExport.of(id, external.getUserPrincipal().getName()));
        external.responseReset();
        external.setResponseContentType(mediaType);
        external.setResponseContentLength(file.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"donnees-famille-" + id + "." + extension + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.getResponseOutputStream().write(file);
        faces.responseComplete();
    }

    public List<ChangeLogEntry> getLog() {
        if (log == null && id != null) {
            log = changeRequests.logOf(id);
        }
        return log;
    }

    /** A guardian leaves the file; a refusal (the billed or last guardian, a portal account) is said on the page. */
    public void removeGuardian(long guardianId) throws IOException {
        changeMembers("member.guardian.removed", () -> members.removeGuardian(id, guardianId, Caller.name()));
    }

    public void detachChild(long childId) throws IOException {
        changeMembers("member.child.detached", () -> members.detachChild(id, childId, Caller.name()));
    }

    private void changeMembers(String doneKey, Runnable change) throws IOException {
        if (getHousehold() == null) {
            MissingPage.send();
            return;
        }
        String page = FileForms.householdPage(id);
        try {
            change.run();
            Messages.infoAfterRedirect(page, doneKey);
        } catch (ActionRefused refused) {
            Messages.errorAfterRedirect(page, refused.messageKey(), refused.arguments());
        }
    }

    public List<ChangeRequest> getPendingRequests() {
        if (pendingRequests == null && id != null) {
            pendingRequests = changeRequests.pendingFor(id);
        }
        return pendingRequests;
    }

    public List<Document> getDocuments() {
        if (householdDocuments == null && id != null) {
            householdDocuments = documents.ofHousehold(id);
        }
        return householdDocuments;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
