package com.lumenbridge.crm.insight.application;

import com.lumenbridge.crm.common.CrmAccess;
import com.lumenbridge.crm.insight.domain.InsightCalculator;
import com.lumenbridge.crm.insight.domain.Insights;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.segment.application.SegmentService;
import com.lumenbridge.platform.identity.Caller;

/** Computes insights for a manufacturer's whole base or one of its segments, streaming the profiles. */
public class InsightService {

    private final Profiles profiles;
    private final SegmentService segments;

    public InsightService(Profiles profiles, SegmentService segments) {
        this.profiles = profiles;
        this.segments = segments;
    }

    public Insights insights(Caller caller, String segmentId) {
        CrmAccess.requireReader(caller, "Insights", segmentId == null ? "all" : segmentId);
        String segment = segmentId == null ? null : segments.get(caller, segmentId).id();
        InsightCalculator calculator = new InsightCalculator();
        profiles.forEachActive(caller.tenantId(), segment, calculator::add);
        return calculator.result();
    }
}
