package fr.portailfamilles.household;

import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Test archives only: a business area of its own that joins the household's life cycle by implementing the one
 * interface, nothing else. A test says which households it saw active and which it holds back, and reads what
 * it was asked to anonymise.
 */
@ApplicationScoped
public class ProbeArea implements HouseholdLifecycle {

    public static final String HOLD = "probe.unpaid";

    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final List<Long> anonymised = new CopyOnWriteArrayList<>();

    public void activeFor(long householdId) {
        active.add(householdId);
    }

    public void hold(long householdId) {
        held.add(householdId);
    }

    public List<Long> anonymised() {
        return List.copyOf(anonymised);
    }

    @Override
    public String section() {
        return "probe";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return householdIds.stream().filter(active::contains).collect(Collectors.toSet());
    }

    @Override
    public Map<Long, String> anonymisationHolds(Collection<Long> householdIds) {
        return householdIds.stream().filter(held::contains).collect(Collectors.toMap(id -> id, id -> HOLD));
    }

    @Override
    public JsonValue export(long householdId) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("household", householdId)).build();
    }

    @Override
    public void anonymise(long householdId) {
        anonymised.add(householdId);
    }
}
