package com.lumenbridge.store.location.web;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.inventory.domain.Sku;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.location.domain.Address;
import com.lumenbridge.store.location.domain.GeoPoint;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/stores")
class LocationController {

    private final LocationService locations;

    LocationController(LocationService locations) {
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(Caller caller, @RequestBody(required = false) JsonNode body) {
        Location location = locations.register(caller, draft(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(full(location));
    }

    @GetMapping
    Map<String, Object> list(Caller caller, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return pageOf(locations.list(caller, PageRequest.of(page, size)).map(LocationController::full));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(Caller caller, @PathVariable String id) {
        LocationService.Visible visible = locations.get(caller, id);
        return visible.owner() ? full(visible.location()) : publicFace(visible.location());
    }

    /** Replaces the store's details; the body is the one {@code POST /api/stores} takes, its type unchanged. */
    @PutMapping("/{id}")
    Map<String, Object> update(Caller caller, @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        return full(locations.update(caller, id, draft(body)));
    }

    /** Closes the store (409 while stock is held there or appointments are to come); it then answers 404 everywhere. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> close(Caller caller, @PathVariable String id) {
        locations.close(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/nearby")
    Map<String, Object> nearby(Caller caller, @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng, @RequestParam(required = false) Double radiusKm,
            @RequestParam(required = false) String sku, @RequestParam(required = false) Integer qty,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        List<FieldError> errors = new ArrayList<>();
        if (lat == null || !(lat >= -90 && lat <= 90)) {
            errors.add(new FieldError("lat", "is required, between -90 and 90"));
        }
        if (lng == null || !(lng >= -180 && lng <= 180)) {
            errors.add(new FieldError("lng", "is required, between -180 and 180"));
        }
        double radius = radiusKm == null ? 10 : radiusKm;
        if (!(radius > 0 && radius <= LocationService.MAX_RADIUS_KM)) {
            errors.add(new FieldError("radiusKm", "must be above 0 and at most " + (int) LocationService.MAX_RADIUS_KM));
        }
        if (sku != null && !Sku.isValid(sku)) {
            errors.add(new FieldError("sku", "must match " + Sku.PATTERN));
        }
        int quantity = qty == null ? 1 : qty;
        if (quantity < 1 || quantity > 1_000_000) {
            errors.add(new FieldError("qty", "must be between 1 and 1000000"));
        }
        if (qty != null && sku == null) {
            errors.add(new FieldError("qty", "needs a sku"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PageRequest paging = PageRequest.of(page, size);
        return pageOf(locations.nearby(caller, new GeoPoint(lat, lng), radius, sku, quantity, paging).map(n -> {
            Map<String, Object> item = new LinkedHashMap<>();
            Location s = n.store();
            item.put("id", s.id());
            item.put("name", s.name());
            item.put("distanceKm", Math.round(n.distanceKm() * 1000) / 1000.0);
            if (n.available() != null) {
                item.put("available", n.available());
            }
            item.put("address", s.address());
            item.put("location", Map.of("lat", s.point().lat(), "lng", s.point().lng()));
            item.put("timeZone", s.hours().zone().getId());
            item.put("openingHours", hours(s.hours()));
            item.put("services", sortedServices(s.services()));
            item.put("manufacturers", s.manufacturers());
            return item;
        }));
    }

    static Map<String, Object> pageOf(Page<Map<String, Object>> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("total", page.total());
        body.put("page", page.page());
        body.put("size", page.size());
        return body;
    }

    /** What a partner storefront may know of a store: no owner, no booking set-up, no stock. */
    static Map<String, Object> publicFace(Location l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", l.id());
        view.put("name", l.name());
        view.put("type", l.type().name());
        view.put("address", l.address());
        view.put("location", Map.of("lat", l.point().lat(), "lng", l.point().lng()));
        view.put("timeZone", l.hours().zone().getId());
        view.put("openingHours", hours(l.hours()));
        view.put("services", sortedServices(l.services()));
        view.put("manufacturers", l.manufacturers());
        return view;
    }

    static Map<String, Object> full(Location l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", l.id());
        view.put("tenantId", l.tenantId());
        view.put("name", l.name());
        view.put("type", l.type().name());
        view.put("address", l.address());
        view.put("location", Map.of("lat", l.point().lat(), "lng", l.point().lng()));
        view.put("timeZone", l.hours().zone().getId());
        view.put("openingHours", hours(l.hours()));
        view.put("services", sortedServices(l.services()));
        view.put("manufacturers", l.manufacturers());
        view.put("slotMinutes", l.slotMinutes());
        view.put("capacity", l.capacity());
        view.put("createdAt", l.createdAt().toString());
        return view;
    }

    private static List<String> sortedServices(Set<Offering> services) {
        return services.stream().map(Enum::name).sorted().toList();
    }

    private static Map<String, Object> hours(OpeningHours hours) {
        Map<String, Object> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!hours.on(day).isEmpty()) {
                days.put(day.name(), hours.on(day).stream()
                    .map(i -> Map.of("opens", i.opens().toString(), "closes", i.closes().toString())).toList());
            }
        }
        return days;
    }

    private static LocationService.LocationDraft draft(JsonNode body) {
        Input in = Input.of(body);
        String name = in.text("name", true, 200);
        LocationType type = in.enumValue(null, "type", "type", LocationType.class, true);
        JsonNode addressNode = in.node("address");
        Address address = null;
        if (addressNode == null || !addressNode.isObject()) {
            in.reject("address", "is required as an object");
        } else {
            String line1 = in.text(addressNode, "line1", "address.line1", true, 200);
            String line2 = in.text(addressNode, "line2", "address.line2", false, 200);
            String city = in.text(addressNode, "city", "address.city", true, 100);
            String postalCode = in.text(addressNode, "postalCode", "address.postalCode", false, 20);
            String country = in.text(addressNode, "country", "address.country", true, 2);
            if (country != null && !country.matches("[A-Z]{2}")) {
                in.reject("address.country", "must be an ISO 3166-1 alpha-2 code");
                country = null;
            }
            if (line1 != null && city != null && country != null) {
                address = new Address(line1, line2, city, postalCode, country);
            }
        }
        JsonNode locationNode = in.node("location");
        GeoPoint point = null;
        if (locationNode == null || !locationNode.isObject()) {
            in.reject("location", "is required as an object with lat and lng");
        } else {
            Double lat = in.decimal(locationNode, "lat", "location.lat", -90, 90);
            Double lng = in.decimal(locationNode, "lng", "location.lng", -180, 180);
            if (lat != null && lng != null) {
                point = new GeoPoint(lat, lng);
            }
        }
        String zoneText = in.text("timeZone", true, 64);
        ZoneId zone = null;
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (RuntimeException e) {
                in.reject("timeZone", "must be an IANA time zone such as Asia/Shanghai");
            }
        }
        Map<DayOfWeek, List<OpeningHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        JsonNode hoursNode = in.node("openingHours");
        if (hoursNode != null && !hoursNode.isObject()) {
            in.reject("openingHours", "must be an object of weekday to intervals");
        } else if (hoursNode != null) {
            for (String day : hoursNode.propertyNames()) {
                DayOfWeek weekday;
                try {
                    weekday = DayOfWeek.valueOf(day);
                } catch (IllegalArgumentException e) {
                    in.reject("openingHours." + day, "is not a weekday (MONDAY … SUNDAY)");
                    continue;
                }
                JsonNode intervals = hoursNode.get(day);
                if (!intervals.isArray()) {
                    in.reject("openingHours." + day, "must be an array of {opens, closes}");
                    continue;
                }
                List<OpeningHours.Interval> parsed = new ArrayList<>();
                for (int i = 0; i < intervals.size(); i++) {
                    String path = "openingHours." + day + "[" + i + "]";
                    JsonNode opens = intervals.get(i).path("opens");
                    JsonNode closes = intervals.get(i).path("closes");
                    try {
                        if (!opens.isString() || !closes.isString()) {
                            throw new IllegalArgumentException("not text");
                        }
                        parsed.add(new OpeningHours.Interval(LocalTime.parse(opens.stringValue()),
                            LocalTime.parse(closes.stringValue())));
                    } catch (DateTimeParseException | IllegalArgumentException e) {
                        in.reject(path, "needs opens and closes as HH:mm, closes after opens");
                    }
                }
                days.put(weekday, parsed);
            }
        }
        OpeningHours hours = null;
        if (zone != null) {
            try {
                hours = new OpeningHours(zone, days);
            } catch (IllegalArgumentException e) {
                in.reject("openingHours", e.getMessage());
            }
        }
        Set<Offering> services = EnumSet.noneOf(Offering.class);
        List<JsonNode> serviceNodes = in.array("services", false, 4);
        for (int i = 0; i < serviceNodes.size(); i++) {
            try {
                if (!serviceNodes.get(i).isString()) {
                    throw new IllegalArgumentException("not text");
                }
                services.add(Offering.valueOf(serviceNodes.get(i).stringValue()));
            } catch (IllegalArgumentException e) {
                in.reject("services[" + i + "]", "must be one of SHOWROOM, PICKUP, CONSULTATION, INSTALLATION");
            }
        }
        List<String> manufacturers = new ArrayList<>();
        List<JsonNode> manufacturerNodes = in.array("manufacturers", false, 200);
        for (int i = 0; i < manufacturerNodes.size(); i++) {
            if (manufacturerNodes.get(i).isString() && !manufacturerNodes.get(i).stringValue().isBlank()) {
                manufacturers.add(manufacturerNodes.get(i).stringValue());
            } else {
                in.reject("manufacturers[" + i + "]", "must be a tenant id");
            }
        }
        Integer slotMinutes = in.integer("slotMinutes", false, Location.MIN_SLOT_MINUTES, Location.MAX_SLOT_MINUTES);
        Integer capacity = in.integer("capacity", false, 1, 1000);
        in.check();
        return new LocationService.LocationDraft(type, name, address, point, hours, services, manufacturers,
            slotMinutes == null ? 30 : slotMinutes, capacity == null ? 1 : capacity);
    }
}
