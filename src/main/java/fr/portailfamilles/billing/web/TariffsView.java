package fr.portailfamilles.billing.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.billing.boundary.TariffRefused;
import fr.portailfamilles.billing.boundary.Tariffs;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.TariffProblem;
import fr.portailfamilles.billing.control.TariffTerms;
import fr.portailfamilles.billing.entity.MemberTown;
import fr.portailfamilles.billing.entity.Tariff;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Staff: the tariffs of an activity's units and services (in force and to come), a tariff's form with its quotient
 * brackets, and the member towns.
 */
@Named
@ViewScoped
public class TariffsView implements Serializable {

    private static final String PAGE = "/gestion/tarifs.xhtml?activite=";

    @Inject
    Activities activities;

    @Inject
    Tariffs tariffs;

    @Inject
    Clock clock;

    private Long activityId;
    /** The tariff edited, or null for a new one. */
    private Long tariffId;
    private long version;
    /** The unit or service: "UNIT-12", "SERVICE-7". */
    private String item;
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<BracketRow> brackets = new ArrayList<>();
    private BigDecimal outsidePrice;
    private BigDecimal siblingReduction;

    private String townPostcode;
    private String townName;

    private transient List<Activity> all;
    private transient Activity activity;
    private transient List<ItemTariffs> items;
    private transient List<MemberTown> towns;

    public void load() throws IOException {
        if (activityId == null) {
            activityId = currentActivity().map(Activity::getId).orElse(null);
        }
        if (activityId != null && getActivity() == null) {
            MissingPage.send();
            return;
        }
        if (tariffId == null) {
            brackets.add(new BracketRow());
            return;
        }
        Optional<Tariff> tariff = tariffs.tariff(tariffId).filter(t -> t.getActivityId() == activityId);
        if (tariff.isEmpty()) {
            MissingPage.send();
            return;
        }
        fill(tariff.get());
    }

    /** The first activity not over yet, else the last one. */
    private Optional<Activity> currentActivity() {
        LocalDate today = clock.today();
        List<Activity> offered = getActivities();
        return offered.stream().filter(a -> !a.getEndsOn().isBefore(today)).findFirst()
                .or(() -> offered.stream().reduce((first, second) -> second));
    }

    private void fill(Tariff tariff) {
        TariffTerms terms = tariff.terms();
        version = tariff.getVersion();
        item = ItemTariffs.key(terms.kind(), terms.itemId());
        validFrom = terms.validFrom();
        validTo = terms.validTo();
        terms.brackets().forEach(bracket -> brackets.add(BracketRow.of(bracket)));
        outsidePrice = terms.outsidePrice();
        siblingReduction = terms.siblingReductionPercent();
    }

    public void addBracket() {
        brackets.add(new BracketRow());
    }

    public void removeBracket(BracketRow row) {
        brackets.remove(row);
    }

    /** Saves the tariff whole or not at all; each broken rule is said next to its field. */
    public void save() throws IOException {
        brackets.removeIf(BracketRow::isBlank);
        if (!pricesGiven()) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String[] chosen = item.split("-");
        TariffTerms terms = new TariffTerms(ChargeKind.valueOf(chosen[0]), Long.parseLong(chosen[1]), validFrom, validTo,
                brackets.stream().map(BracketRow::bracket).toList(), outsidePrice, siblingReduction);
        FormSaves.save(() -> {
            try {
                if (tariffId == null) {
                    tariffs.create(activityId, terms);
                } else {
                    tariffs.change(tariffId, version, terms);
                }
            } catch (TariffRefused refused) {
                refused.problems().forEach(this::show);
                if (brackets.isEmpty()) {
                    brackets.add(new BracketRow());
                }
                throw refused;
            }
            return PAGE + activityId;
        }, tariffId == null ? "tariff.created" : "tariff.changed");
    }

    private boolean pricesGiven() {
        boolean given = true;
        for (int row = 0; row < brackets.size(); row++) {
            if (brackets.get(row).getPrice() == null) {
                Messages.error(bracketField(row, "price"), "tariff.price.required");
                markInvalid(bracketField(row, "price"));
                given = false;
            }
        }
        return given;
    }

    private void show(TariffProblem problem) {
        String field = switch (problem.field()) {
            case VALID_FROM -> "valid-from";
            case VALID_TO -> "valid-to";
            case BRACKETS -> "brackets";
            case QF_MIN -> bracketField(problem.row(), "qf-min");
            case QF_MAX -> bracketField(problem.row(), "qf-max");
            case PRICE -> bracketField(problem.row(), "price");
            case OUTSIDE_PRICE -> "outside-price";
            case SIBLING_REDUCTION -> "sibling-reduction";
        };
        Messages.error(field, problem.messageKey(), problem.arguments().toArray());
        markInvalid(field);
    }

    /**
     * The field is drawn in error and told invalid to assistive technologies (aria-invalid), as Faces' own checks do,
     * and shows what was typed (an invalid field shows its submitted text, not the model's value).
     */
    private static void markInvalid(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> typed = faces.getExternalContext().getRequestParameterMap();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof EditableValueHolder input) {
                input.setSubmittedValue(typed.getOrDefault(clientId, typed.getOrDefault(clientId + "_input", "")));
                input.setValid(false);
            }
        });
    }

    private static String bracketField(int row, String field) {
        return "brackets:" + row + ":" + field;
    }

    /** Only a tariff still to come; one in force is ended by giving it a last day. */
    public void remove(long id) throws IOException {
        FormSaves.save(() -> {
            tariffs.remove(id);
            return PAGE + activityId;
        }, "tariff.removed");
    }

    public void addTown() throws IOException {
        FormSaves.save(() -> {
            tariffs.addMemberTown(townPostcode, townName);
            return PAGE + activityId;
        }, "memberTown.added");
    }

    public void removeTown(long townId) throws IOException {
        FormSaves.save(() -> {
            tariffs.removeMemberTown(townId);
            return PAGE + activityId;
        }, "memberTown.removed");
    }

    public List<Activity> getActivities() {
        if (all == null) {
            all = activities.all();
        }
        return all;
    }

    public Activity getActivity() {
        if (activity == null && activityId != null) {
            activity = activities.find(activityId).orElse(null);
        }
        return activity;
    }

    /** The activity's units, then its services, each with its tariffs in force and to come. */
    public List<ItemTariffs> getItems() {
        if (items == null) {
            LocalDate today = clock.today();
            Map<String, List<Tariff>> byItem = activityId == null ? Map.of() : tariffs.currentAndFuture(activityId).stream()
                    .collect(Collectors.groupingBy(t -> ItemTariffs.key(t.getKind(), t.getItemId())));
            Activity shown = getActivity();
            items = shown == null ? List.of() : Stream.concat(
                    shown.getUnits().stream().map(u -> item(ChargeKind.UNIT, u.getId(), u.getLabel(), byItem, today)),
                    shown.getServices().stream().map(s -> item(ChargeKind.SERVICE, s.getId(), s.getLabel(), byItem, today)))
                    .toList();
        }
        return items;
    }

    private static ItemTariffs item(ChargeKind kind, long id, String label, Map<String, List<Tariff>> byItem, LocalDate today) {
        return new ItemTariffs(kind, id, label, byItem.getOrDefault(ItemTariffs.key(kind, id), List.of()).stream()
                .map(t -> TariffRow.of(t, label, today)).toList());
    }

    /** The label of the unit or service the form is about, for its title. */
    public String getItemLabel() {
        return getItems().stream().filter(i -> i.getKey().equals(item)).map(ItemTariffs::getLabel).findFirst().orElse("");
    }

    public List<MemberTown> getTowns() {
        if (towns == null) {
            towns = tariffs.memberTownList();
        }
        return towns;
    }

    public boolean isEditing() {
        return tariffId != null;
    }

    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public Long getTariffId() { return tariffId; }
    public void setTariffId(Long tariffId) { this.tariffId = tariffId; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public List<BracketRow> getBrackets() { return brackets; }
    public BigDecimal getOutsidePrice() { return outsidePrice; }
    public void setOutsidePrice(BigDecimal outsidePrice) { this.outsidePrice = outsidePrice; }
    public BigDecimal getSiblingReduction() { return siblingReduction; }
    public void setSiblingReduction(BigDecimal siblingReduction) { this.siblingReduction = siblingReduction; }
    public String getTownPostcode() { return townPostcode; }
    public void setTownPostcode(String townPostcode) { this.townPostcode = townPostcode; }
    public String getTownName() { return townName; }
    public void setTownName(String townName) { this.townName = townName; }
}
