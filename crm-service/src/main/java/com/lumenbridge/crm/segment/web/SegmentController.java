package com.lumenbridge.crm.segment.web;

import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.Purpose;
import com.lumenbridge.crm.profile.web.ProfileViews;
import com.lumenbridge.crm.segment.application.Segment;
import com.lumenbridge.crm.segment.application.SegmentService;
import com.lumenbridge.crm.segment.domain.InvalidRule;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Segments of the calling manufacturer: create from a rule, read with their size, page or export the members. */
@RestController
@RequestMapping("/api/crm/segments")
class SegmentController {

    static final List<String> CSV_COLUMNS = List.of("id", "name", "email", "phone", "classification", "orderCount",
        "orderValueMinor", "lastActivityAt", "marketingConsent");

    private final SegmentService segments;
    private final JsonMapper json;

    SegmentController(SegmentService segments, JsonMapper json) {
        this.segments = segments;
        this.json = json;
    }

    /** {@code {"name": "…", "rule": {…}}}: 201 with the segment, BUILDING until the existing base is evaluated. */
    @PostMapping
    ResponseEntity<Map<String, Object>> create(Caller caller, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "must be a JSON object with name and rule");
        }
        JsonNode name = body.get("name");
        JsonNode rule = body.get("rule");
        List<FieldError> errors = new java.util.ArrayList<>();
        if (name == null || !name.isString() || name.stringValue().isBlank() || name.stringValue().length() > 200) {
            errors.add(new FieldError("name", "is required, 1 to 200 characters"));
        }
        if (rule == null || rule.isNull()) {
            errors.add(new FieldError("rule", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Segment segment;
        try {
            segment = segments.create(caller, name.stringValue().strip(), json.treeToValue(rule, Object.class),
                rule.toString());
        } catch (InvalidRule e) {
            throw new InvalidInput(e.errors().stream().map(r -> new FieldError(r.path(), r.message())).toList());
        }
        return ResponseEntity.created(URI.create("/api/crm/segments/" + segment.id())).body(view(segment));
    }

    @GetMapping
    Map<String, Object> list(Caller caller, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return page(segments.list(caller, PageRequest.of(page, size)).map(this::view));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(Caller caller, @PathVariable String id) {
        return view(segments.get(caller, id));
    }

    /** Members paged as JSON, or every member as CSV with {@code format=csv}. */
    @GetMapping("/{id}/members")
    Object members(Caller caller, @PathVariable String id, @RequestParam(required = false) String format,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletResponse response) throws IOException {
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new InvalidInput("format", "must be json or csv");
        }
        if ("csv".equals(format)) {
            segments.get(caller, id);
            response.setStatus(200);
            response.setContentType("text/csv");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Disposition", "attachment; filename=\"segment-" + id + ".csv\"");
            Writer writer = response.getWriter();
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
                segments.forEachMember(caller, id, p -> row(csv, p));
            }
            return null;
        }
        Page<ProfileState> members = segments.members(caller, id, PageRequest.of(page, size));
        return page(members.map(ProfileViews::full));
    }

    private static void row(CSVPrinter csv, ProfileState p) {
        try {
            csv.printRecord(p.id(), p.name(), p.emails().isEmpty() ? "" : p.emails().get(0),
                p.phones().isEmpty() ? "" : p.phones().get(0), p.classification().type().name(),
                p.derived().orderCount(), p.derived().orderValueMinor(),
                p.derived().lastActivityAt() == null ? "" : p.derived().lastActivityAt().toString(),
                p.consents().granted(Purpose.MARKETING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> view(Segment s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("name", s.name());
        view.put("rule", json.readTree(s.ruleJson()));
        view.put("size", s.size());
        view.put("status", s.status().name());
        view.put("createdAt", s.createdAt());
        return view;
    }

    private static <T> Map<String, Object> page(Page<T> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("total", page.total());
        body.put("page", page.page());
        body.put("size", page.size());
        return body;
    }
}
