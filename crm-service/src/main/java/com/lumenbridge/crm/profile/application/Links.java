package com.lumenbridge.crm.profile.application;

import java.util.List;
import java.util.Map;

/**
 * Which profile an order or appointment belongs to, per manufacturer: status events name only the
 * order or appointment, never the person.
 */
public interface Links {

    void link(String activityKey, String tenantId, String profileId);

    /** One link per activity of a batch, in one write. */
    record Link(String activityKey, String tenantId, String profileId) {
    }

    void linkAll(List<Link> links);

    /** Manufacturer id to profile id. */
    Map<String, String> find(String activityKey);
}
