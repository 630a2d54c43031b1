package com.lumenbridge.crm.insight.application;

import com.lumenbridge.crm.insight.domain.InsightFacts;
import java.util.function.Consumer;

/** The {@link InsightFacts} of a manufacturer's active profiles that allowed analytics. */
public interface InsightFactsSource {

    /** Every counting profile of the tenant; {@code segmentId} narrows to members of that segment when not null. */
    void forEach(String tenantId, String segmentId, Consumer<InsightFacts> action);
}
