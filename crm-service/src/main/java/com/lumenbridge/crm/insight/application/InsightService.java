package com.lumenbridge.crm.insight.application;

import com.lumenbridge.crm.common.CrmAccess;
import com.lumenbridge.crm.insight.domain.InsightCalculator;
import com.lumenbridge.crm.insight.domain.Insights;
import com.lumenbridge.crm.segment.application.SegmentService;
import com.lumenbridge.platform.identity.Caller;

/** Computes insights for a manufacturer's whole base or one of its segments, streaming each profile's facts once. */
public class InsightService {

    private final InsightFactsSource facts;
    private final SegmentService segments;

    public InsightService(InsightFactsSource facts, SegmentService segments) {
        this.facts = facts;
        this.segments = segments;
    }

    public Insights insights(Caller caller, String segmentId) {
        CrmAccess.requireReader(caller, "Insights", segmentId == null ? "all" : segmentId);
        String segment = segmentId == null ? null : segments.get(caller, segmentId).id();
        InsightCalculator calculator = new InsightCalculator();
        facts.forEach(caller.tenantId(), segment, calculator::add);
        return calculator.result();
    }
}
