package fr.portailfamilles.booking.web;

import fr.portailfamilles.booking.boundary.CalendarDay;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** A calendar row as the parent ticks it: the day, and a box per unit and per service (by id). */
public class CalendarRow implements Serializable {

    private final CalendarDay day;
    private final Map<Long, Boolean> units = new HashMap<>();
    private final Map<Long, Boolean> services = new HashMap<>();

    CalendarRow(CalendarDay day) {
        this.day = day;
        day.getHeldUnits().forEach(id -> units.put(id, true));
        day.getHeldServices().forEach(id -> services.put(id, true));
    }

    /** Already asked for: shown ticked and greyed, never sent again. */
    public boolean heldUnit(long unitId) {
        return day.getHeldUnits().contains(unitId);
    }

    public boolean heldService(long serviceId) {
        return day.getHeldServices().contains(serviceId);
    }

    void tick(Map<Long, Boolean> boxes, long id, boolean held) {
        if (!held && day.isOpen()) {
            boxes.put(id, true);
        }
    }

    void clear() {
        units.keySet().removeIf(id -> !heldUnit(id));
        services.keySet().removeIf(id -> !heldService(id));
    }

    public CalendarDay getDay() { return day; }
    public Map<Long, Boolean> getUnits() { return units; }
    public Map<Long, Boolean> getServices() { return services; }
}
