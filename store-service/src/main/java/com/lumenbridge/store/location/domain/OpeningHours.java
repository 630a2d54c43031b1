package com.lumenbridge.store.location.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Opening intervals per weekday, in the location's own time zone. */
public record OpeningHours(ZoneId zone, Map<DayOfWeek, List<Interval>> days) {

    public OpeningHours {
        java.util.Objects.requireNonNull(zone, "zone");
        EnumMap<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, intervals) -> {
            List<Interval> sorted = intervals.stream().sorted(Comparator.comparing(Interval::opens)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                    throw new IllegalArgumentException(day + " has overlapping intervals");
                }
            }
            copy.put(day, sorted);
        });
        days = Map.copyOf(copy);
    }

    public List<Interval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /**
     * The appointment slots of {@code date}: consecutive {@code slotMinutes} slots from each opening
     * time that end by its closing time, as instants in the location's zone. A start that does not exist
     * on the day (it falls in a DST gap) is no slot: shifted forward it would coincide with the next one.
     */
    public List<Slot> slotsOn(LocalDate date, int slotMinutes) {
        List<Slot> slots = new ArrayList<>();
        for (Interval interval : on(date.getDayOfWeek())) {
            LocalTime start = interval.opens();
            while (!start.plusMinutes(slotMinutes).isAfter(interval.closes())
                    && start.plusMinutes(slotMinutes).isAfter(start)) {
                LocalDateTime local = date.atTime(start);
                ZonedDateTime zoned = local.atZone(zone);
                if (zoned.toLocalDateTime().equals(local)) {
                    Instant from = zoned.toInstant();
                    slots.add(new Slot(from, from.plusSeconds(slotMinutes * 60L)));
                }
                start = start.plusMinutes(slotMinutes);
            }
        }
        return slots;
    }

    /** An opening interval within one day; {@code closes} is after {@code opens}. */
    public record Interval(LocalTime opens, LocalTime closes) {

        public Interval {
            java.util.Objects.requireNonNull(opens, "opens");
            java.util.Objects.requireNonNull(closes, "closes");
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes must be after opens");
            }
        }
    }

    /** One bookable slot. */
    public record Slot(Instant start, Instant end) {
    }
}
