package com.lumenbridge.crm.profile.web;

import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.Purpose;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of a profile: a summary in lists, the full view, and the privacy export. */
public final class ProfileViews {

    private ProfileViews() {
    }

    static Map<String, Object> summary(ProfileState p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("status", p.status().name());
        view.put("name", p.name());
        view.put("emails", p.emails());
        view.put("phones", p.phones());
        view.put("classification", p.classification().type().name());
        view.put("orderCount", p.derived().orderCount());
        view.put("lastActivityAt", p.derived().lastActivityAt());
        return view;
    }

    public static Map<String, Object> full(ProfileState p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("status", p.status().name());
        view.put("name", p.name());
        view.put("emails", p.emails());
        view.put("phones", p.phones());
        Map<String, Object> consents = new LinkedHashMap<>();
        for (Purpose purpose : Purpose.values()) {
            Consent c = p.consents().of(purpose);
            consents.put(purpose.name().toLowerCase(java.util.Locale.ROOT), c == null
                ? Map.of("granted", false) : Map.of("granted", c.granted(), "source", c.source(), "at", c.at()));
        }
        view.put("consents", consents);
        view.put("classification", Map.of("type", p.classification().type().name(), "reasons", p.classification().reasons()));
        view.put("derived", p.derived());
        view.put("rfm", Map.of("recency", p.rfm().recency(), "frequency", p.rfm().frequency(),
            "monetary", p.rfm().monetary(), "code", p.rfm().code()));
        view.put("segments", p.segments());
        view.put("mergedFrom", p.mergedFrom());
        view.put("createdAt", p.createdAt());
        view.put("updatedAt", p.updatedAt());
        return view;
    }

    /** Everything held about the person: the full view and the raw history of every touch. */
    static Map<String, Object> export(ProfileState p) {
        Map<String, Object> view = full(p);
        view.put("history", p.history());
        view.put("tenantId", p.tenantId());
        return view;
    }
}
