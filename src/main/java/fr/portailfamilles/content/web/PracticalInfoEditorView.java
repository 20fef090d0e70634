package fr.portailfamilles.content.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.content.boundary.PracticalInformation;
import fr.portailfamilles.content.control.InfoRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.InfoDocument;
import fr.portailfamilles.content.entity.InfoDocumentDraft;
import fr.portailfamilles.content.entity.InfoPage;
import fr.portailfamilles.content.entity.InfoPageDraft;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staff: Informations pratiques. The pages in the order families read them (moved up or down), and the PDF
 * documents, each general or the programme d'animation of an activity or of one of its periods. Each list has its
 * form, which writes a new page or document or, once « Modifier » is chosen, changes that one (the version it was
 * read at kept, so that a colleague's save in between is not overwritten).
 */
@Named
@ViewScoped
public class PracticalInfoEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/gestion/informations.xhtml";
    private static final String ACTIVITY = "a";
    private static final String PERIOD = "p";

    @Inject
    PracticalInformation information;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    private Long editedPageId;
    private long editedPageVersion;
    private String pageTitle;
    private String pageBody;
    private Audience pageAudience = Audience.PUBLIC;

    private Long editedDocumentId;
    private long editedDocumentVersion;
    private String documentTitle;
    /** "" for a general document, "a12" for the programme of activity 12, "p45" for that of period 45. */
    private String programmeOf = "";
    private Audience documentAudience = Audience.PUBLIC;
    private transient Part documentFile;

    private transient List<InfoPage> pages;
    private transient List<InfoDocument> documents;
    private transient List<Activity> activityList;
    private transient List<Period> periodList;

    public List<InfoPage> getPages() {
        if (pages == null) {
            pages = information.allPages();
        }
        return pages;
    }

    public List<InfoDocument> getDocuments() {
        if (documents == null) {
            documents = information.allDocuments();
        }
        return documents;
    }

    /** « Modifier » on a page: the form takes it as it is now. */
    public void editPage(long id) {
        information.page(id).ifPresentOrElse(page -> {
            editedPageId = id;
            editedPageVersion = page.getVersion();
            pageTitle = page.getTitle();
            pageBody = page.getBody();
            pageAudience = page.getAudience();
        }, () -> Messages.error(null, "info.page.gone"));
    }

    public void savePage() throws IOException {
        InfoPageDraft draft = InfoRules.page(pageTitle, pageBody, pageAudience);
        Map<String, String> problems = InfoRules.problems(draft);
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> Messages.error(field, key, InfoRules.limitOf(key)));
            return;
        }
        String actor = Caller.name();
        if (editedPageId == null) {
            FormSaves.save(() -> {
                information.addPage(draft, actor);
                return PAGE;
            }, "info.page.added");
        } else {
            FormSaves.save(() -> {
                information.changePage(editedPageId, editedPageVersion, draft, actor);
                return PAGE;
            }, "info.page.changed");
        }
    }

    /** The page comes back with the focus on the moved page's same button (focus-after.js), to move it again. */
    public void movePage(long id, boolean earlier) throws IOException {
        FormSaves.save(() -> {
            information.movePage(id, earlier);
            return PAGE + "?focus=" + (earlier ? "up-" : "down-") + id;
        }, "info.page.moved");
    }

    public void removePage(long id) throws IOException {
        FormSaves.save(() -> {
            information.removePage(id);
            return PAGE;
        }, "info.page.removed");
    }

    /** « Modifier » on a document: its description in the form; its file stays unless another is chosen. */
    public void editDocument(long id) {
        information.document(id).ifPresentOrElse(document -> {
            editedDocumentId = id;
            editedDocumentVersion = document.getVersion();
            documentTitle = document.getTitle();
            programmeOf = document.getPeriodId() != null ? PERIOD + document.getPeriodId()
                    : document.getActivityId() != null ? ACTIVITY + document.getActivityId() : "";
            documentAudience = document.getAudience();
        }, () -> Messages.error(null, "info.document.gone"));
    }

    public void saveDocument() throws IOException {
        InfoDocumentDraft draft = draftOfForm();
        Map<String, String> problems = InfoRules.problems(draft);
        byte[] bytes = null;
        try {
            bytes = fileSent();
        } catch (ActionRefused refused) {
            problems.put(InfoRules.DOCUMENT_FILE, refused.messageKey());
        }
        boolean newDocument = editedDocumentId == null;
        if (bytes == null && newDocument) {
            problems.putIfAbsent(InfoRules.DOCUMENT_FILE, "info.file.required");
        }
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> Messages.error(field, key, InfoRules.limitOf(key)));
            return;
        }
        String actor = Caller.name();
        String fileName = documentFile == null ? null : documentFile.getSubmittedFileName();
        byte[] content = bytes;
        if (newDocument) {
            FormSaves.save(() -> {
                information.addDocument(draft, fileName, content, actor);
                return PAGE;
            }, "info.document.added");
        } else {
            FormSaves.save(() -> {
                information.changeDocument(editedDocumentId, editedDocumentVersion, draft, fileName, content, actor);
                return PAGE;
            }, "info.document.changed");
        }
    }

    public void removeDocument(long id) throws IOException {
        FormSaves.save(() -> {
            information.removeDocument(id);
            return PAGE;
        }, "info.document.removed");
    }

    /**
     * The choices of « Document » : general, or a programme, grouped by activity (the activity, then its periods).
     * Only what is not over yet, as families see no other programme; and the document's own choice when it is changed.
     */
    public List<SelectItem> getProgrammeChoices() {
        LocalDate today = clock.today();
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", Messages.text("info.programmeOf.none")));
        for (Activity activity : activityList()) {
            if (activity.getEndsOn().isBefore(today) && !programmeOf.equals(ACTIVITY + activity.getId())
                    && !programmeOfPeriodOf(activity)) {
                continue;
            }
            List<SelectItem> options = new ArrayList<>();
            options.add(new SelectItem(ACTIVITY + activity.getId(), Messages.text("info.programmeOf.activity", activity.getName())));
            periodList().stream().filter(period -> period.getActivity().getId().equals(activity.getId()))
                    .filter(period -> !period.getLastDay().isBefore(today) || programmeOf.equals(PERIOD + period.getId()))
                    .forEach(period -> options.add(new SelectItem(PERIOD + period.getId(), periodLabel(activity, period))));
            SelectItemGroup group = new SelectItemGroup(activity.getName());
            group.setSelectItems(options.toArray(SelectItem[]::new));
            choices.add(group);
        }
        return choices;
    }

    private boolean programmeOfPeriodOf(Activity activity) {
        return periodList().stream().anyMatch(period -> period.getActivity().getId().equals(activity.getId())
                && programmeOf.equals(PERIOD + period.getId()));
    }

    /** What a document is, as the list says it: « Document général » or whose programme it is. */
    public String kindOf(InfoDocument document) {
        if (!document.isProgramme()) {
            return Messages.text("info.programmeOf.none");
        }
        Activity activity = activityList().stream().filter(a -> a.getId().equals(document.getActivityId())).findFirst().orElseThrow();
        return periodList().stream().filter(period -> period.getId().equals(document.getPeriodId())).findFirst()
                .map(period -> periodLabel(activity, period))
                .orElseGet(() -> Messages.text("info.programmeOf.activity", activity.getName()));
    }

    private static String periodLabel(Activity activity, Period period) {
        return Messages.text("info.programmeOf.period", activity.getName(), ParisTime.day(period.getFirstDay()),
                ParisTime.day(period.getLastDay()));
    }

    private InfoDocumentDraft draftOfForm() {
        Long activityId = null;
        Long periodId = null;
        String chosen = programmeOf;
        if (chosen.startsWith(PERIOD)) {
            periodId = idIn(chosen);
            activityId = periodList().stream().filter(period -> period.getId().equals(idIn(chosen))).findFirst()
                    .map(period -> period.getActivity().getId()).orElse(null);
        } else if (chosen.startsWith(ACTIVITY)) {
            activityId = idIn(chosen);
        }
        return InfoRules.document(documentTitle, activityId, periodId, documentAudience);
    }

    /** The choice is one of the options offered: Faces refuses any other before it reaches the form. */
    private static Long idIn(String choice) {
        return Long.valueOf(choice.substring(1));
    }

    /** Checked here so that a wrong file is said at its field, before anything is saved. */
    private byte[] fileSent() throws IOException {
        if (documentFile == null || documentFile.getSize() == 0) {
            return null;
        }
        try (InputStream in = documentFile.getInputStream()) {
            byte[] bytes = InfoRules.read(in);
            InfoRules.checkPdf(bytes);
            return bytes;
        }
    }

    private List<Activity> activityList() {
        if (activityList == null) {
            activityList = activities.all();
        }
        return activityList;
    }

    private List<Period> periodList() {
        if (periodList == null) {
            periodList = activities.periods();
        }
        return periodList;
    }

    public boolean isEditingPage() { return editedPageId != null; }
    public boolean isEditingDocument() { return editedDocumentId != null; }
    public Audience[] getAudiences() { return Audience.values(); }
    /** The largest file the page accepts: the browser refuses a larger one before sending it (file-limit.js). */
    public int getMaxFileBytes() { return InfoRules.FILE_BYTES; }
    public String getPageTitle() { return pageTitle; }
    public void setPageTitle(String pageTitle) { this.pageTitle = pageTitle; }
    public String getPageBody() { return pageBody; }
    public void setPageBody(String pageBody) { this.pageBody = pageBody; }
    public Audience getPageAudience() { return pageAudience; }
    public void setPageAudience(Audience pageAudience) { this.pageAudience = pageAudience; }
    public String getDocumentTitle() { return documentTitle; }
    public void setDocumentTitle(String documentTitle) { this.documentTitle = documentTitle; }
    public String getProgrammeOf() { return programmeOf; }
    /** The general choice's "" is posted as null (empty strings are read as null). */
    public void setProgrammeOf(String programmeOf) { this.programmeOf = programmeOf == null ? "" : programmeOf; }
    public Audience getDocumentAudience() { return documentAudience; }
    public void setDocumentAudience(Audience documentAudience) { this.documentAudience = documentAudience; }
    public Part getDocumentFile() { return documentFile; }
    public void setDocumentFile(Part documentFile) { this.documentFile = documentFile; }
}
