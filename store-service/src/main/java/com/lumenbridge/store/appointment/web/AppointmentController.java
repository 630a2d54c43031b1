package com.lumenbridge.store.appointment.web;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.store.appointment.application.AppointmentService;
import com.lumenbridge.store.appointment.domain.Appointment;
import com.lumenbridge.store.appointment.domain.AppointmentStatus;
import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.inventory.domain.Sku;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.visitor.domain.Visitor;
import com.lumenbridge.store.visitor.web.VisitorJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/stores/{id}/appointments")
class AppointmentController {

    private final AppointmentService appointments;

    AppointmentController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/slots")
    Map<String, Object> slots(Caller caller, @PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String service) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date(date, errors);
        Offering offering = service(service, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        AppointmentService.SlotDay slots = appointments.slots(caller, id, day, offering);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("storeId", slots.store().id());
        body.put("date", slots.date().toString());
        body.put("service", slots.service().name());
        body.put("timeZone", slots.store().hours().zone().getId());
        body.put("slotMinutes", slots.store().slotMinutes());
        body.put("capacity", slots.store().capacity());
        body.put("slots", slots.slots().stream().map(s -> {
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("start", s.start().toString());
            slot.put("end", s.end().toString());
            slot.put("capacity", s.capacity());
            slot.put("booked", s.booked());
            slot.put("free", s.free());
            slot.put("bookable", s.bookable() && s.free() > 0);
            return slot;
        }).toList());
        return body;
    }

    /** Books a slot; with an {@code Idempotency-Key} a retried request answers with the same appointment. */
    @PostMapping
    ResponseEntity<Map<String, Object>> book(Caller caller, @PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) JsonNode body) {
        Input in = Input.of(body);
        if (key != null && !key.matches("[A-Za-z0-9_-]{1,64}")) {
            in.reject("Idempotency-Key", "must be 1-64 letters, digits, '-' or '_'");
        }
        String startText = in.text("slotStart", true, 64);
        Instant slotStart = null;
        if (startText != null) {
            try {
                slotStart = OffsetDateTime.parse(startText).toInstant();
            } catch (DateTimeParseException e) {
                in.reject("slotStart", "must be an ISO 8601 date-time with offset, e.g. 2026-12-07T10:00:00+08:00");
            }
        }
        Offering service = in.enumValue(null, "service", "service", Offering.class, true);
        Visitor visitor = VisitorJson.read(in, "visitor", true);
        List<String> products = products(in);
        in.check();
        Appointment booked = appointments.book(caller, id, key, new AppointmentService.Booking(slotStart, service, visitor, products));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(booked));
    }

    @GetMapping
    Map<String, Object> list(Caller caller, @PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date(date, errors);
        AppointmentStatus wanted = null;
        if (status != null) {
            try {
                wanted = AppointmentStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of BOOKED, CANCELLED, ATTENDED, NO_SHOW"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        var result = appointments.list(caller, id, day, wanted, PageRequest.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(AppointmentController::view).toList());
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        return body;
    }

    @GetMapping("/{appointmentId}")
    Map<String, Object> get(Caller caller, @PathVariable String id, @PathVariable String appointmentId) {
        return view(appointments.get(caller, id, appointmentId));
    }

    @PostMapping("/{appointmentId}/cancel")
    Map<String, Object> cancel(Caller caller, @PathVariable String id, @PathVariable String appointmentId) {
        return view(appointments.cancel(caller, id, appointmentId));
    }

    @PostMapping("/{appointmentId}/attend")
    Map<String, Object> attend(Caller caller, @PathVariable String id, @PathVariable String appointmentId) {
        return view(appointments.attend(caller, id, appointmentId));
    }

    @PostMapping("/{appointmentId}/no-show")
    Map<String, Object> noShow(Caller caller, @PathVariable String id, @PathVariable String appointmentId) {
        return view(appointments.markNoShow(caller, id, appointmentId));
    }

    private static LocalDate date(String date, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError("date", "is required, as YYYY-MM-DD in the store's time zone"));
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static Offering service(String service, List<FieldError> errors) {
        if (service == null) {
            errors.add(new FieldError("service", "is required: SHOWROOM or CONSULTATION"));
            return null;
        }
        try {
            return Offering.valueOf(service);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("service", "must be SHOWROOM or CONSULTATION"));
            return null;
        }
    }

    /** The SKUs the visitor wants to see lit; optional. */
    static List<String> products(Input in) {
        List<String> products = new ArrayList<>();
        List<JsonNode> nodes = in.array("products", false, Appointment.MAX_PRODUCTS);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node.isString() && Sku.isValid(node.stringValue())) {
                products.add(node.stringValue());
            } else {
                in.reject("products[" + i + "]", "must be a SKU matching " + Sku.PATTERN);
            }
        }
        return products;
    }

    static Map<String, Object> view(Appointment a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("storeId", a.storeId());
        view.put("service", a.service().name());
        view.put("slotStart", a.slotStart().toString());
        view.put("slotEnd", a.slotEnd().toString());
        view.put("status", a.status().name());
        view.put("visitor", VisitorJson.view(a.visitor()));
        view.put("products", a.products());
        view.put("bookedAt", a.bookedAt().toString());
        view.put("changedAt", a.changedAt().toString());
        return view;
    }
}
