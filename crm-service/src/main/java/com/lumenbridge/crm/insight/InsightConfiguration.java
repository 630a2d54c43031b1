package com.lumenbridge.crm.insight;

import com.lumenbridge.crm.insight.application.InsightFactsSource;
import com.lumenbridge.crm.insight.application.InsightService;
import com.lumenbridge.crm.insight.persistence.MongoInsightFacts;
import com.lumenbridge.crm.segment.application.SegmentService;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class InsightConfiguration {

    @Bean
    InsightFactsSource insightFacts(MongoDatabase database, JsonMapper json) {
        return new MongoInsightFacts(database, json);
    }

    @Bean
    InsightService insightService(InsightFactsSource insightFacts, SegmentService segments) {
        return new InsightService(insightFacts, segments);
    }
}
