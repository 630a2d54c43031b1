package com.lumenbridge.crm.insight;

import com.lumenbridge.crm.insight.application.InsightService;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.segment.application.SegmentService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InsightConfiguration {

    @Bean
    InsightService insightService(Profiles profiles, SegmentService segments) {
        return new InsightService(profiles, segments);
    }
}
