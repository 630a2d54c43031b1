package com.lumenbridge.store.visitor.web;

import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.store.visitor.domain.Visitor;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The visitor object of a request: {@code {"email","phone","name","recordConsent","marketingConsent","analyticsConsent"}},
 * at least one of email and phone; every consent defaults to {@code false}.
 */
public final class VisitorJson {

    private VisitorJson() {
    }

    /** Reads the visitor under {@code field}; rejects into {@code in} and returns {@code null} when it is invalid or absent. */
    public static Visitor read(Input in, String field, boolean required) {
        JsonNode node = in.node(field);
        if (node == null) {
            if (required) {
                in.reject(field, "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            in.reject(field, "must be an object with an email or a phone");
            return null;
        }
        boolean ok = true;
        String email = in.text(node, "email", field + ".email", false, 254);
        if (email != null && !Visitor.isValidEmail(email)) {
            in.reject(field + ".email", "must be an email address");
            ok = false;
        }
        String phone = in.text(node, "phone", field + ".phone", false, 32);
        if (phone != null && !Visitor.isValidPhone(phone)) {
            in.reject(field + ".phone", "must be a phone number such as +8613800000000");
            ok = false;
        }
        if (ok && email == null && phone == null && !node.hasNonNull("email") && !node.hasNonNull("phone")) {
            in.reject(field, "needs an email or a phone");
            ok = false;
        }
        String name = in.text(node, "name", field + ".name", false, 200);
        Boolean record = in.bool(node, "recordConsent", field + ".recordConsent", false);
        Boolean marketing = in.bool(node, "marketingConsent", field + ".marketingConsent", false);
        Boolean analytics = in.bool(node, "analyticsConsent", field + ".analyticsConsent", false);
        boolean recorded = Boolean.TRUE.equals(record);
        if (!recorded && (Boolean.TRUE.equals(marketing) || Boolean.TRUE.equals(analytics))) {
            in.reject(field + ".recordConsent", "must be true when marketingConsent or analyticsConsent is");
            ok = false;
        }
        if (!ok || !in.ok() || (email == null && phone == null)) {
            return null;
        }
        return new Visitor(email, phone, name, recorded, Boolean.TRUE.equals(marketing), Boolean.TRUE.equals(analytics));
    }

    public static Map<String, Object> view(Visitor v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("email", v.email());
        view.put("phone", v.phone());
        view.put("name", v.name());
        view.put("recordConsent", v.recordConsent());
        view.put("marketingConsent", v.marketingConsent());
        view.put("analyticsConsent", v.analyticsConsent());
        return view;
    }
}
