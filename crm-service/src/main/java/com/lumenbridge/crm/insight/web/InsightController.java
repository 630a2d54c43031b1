package com.lumenbridge.crm.insight.web;

import com.lumenbridge.crm.insight.application.InsightService;
import com.lumenbridge.crm.insight.domain.Insights;
import com.lumenbridge.platform.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Insights over the caller's whole base, or one segment with {@code segment=<id>}. */
@RestController
@RequestMapping("/api/crm/insights")
class InsightController {

    private final InsightService insights;

    InsightController(InsightService insights) {
        this.insights = insights;
    }

    @GetMapping
    Insights insights(Caller caller, @RequestParam(required = false) String segment) {
        return insights.insights(caller, segment == null || segment.isBlank() ? null : segment);
    }
}
