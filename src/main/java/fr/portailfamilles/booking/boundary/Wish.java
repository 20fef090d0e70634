package fr.portailfamilles.booking.boundary;

/** One ticked box of the calendar: an opening day with a unit, or with a service. */
public record Wish(long openingDayId, Long unitId, Long serviceId) {

    public static Wish unit(long openingDayId, long unitId) {
        return new Wish(openingDayId, unitId, null);
    }

    public static Wish service(long openingDayId, long serviceId) {
        return new Wish(openingDayId, null, serviceId);
    }

    boolean isUnit() {
        return unitId != null;
    }
}
