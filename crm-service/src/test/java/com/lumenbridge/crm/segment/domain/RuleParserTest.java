package com.lumenbridge.crm.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.Profile;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.PurchaseLine;
import com.lumenbridge.crm.profile.domain.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RuleParserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    private static Rule parse(String json) {
        return RuleParser.parse(JSON.readValue(json, Object.class));
    }

    private static List<RuleError> errors(String json) {
        try {
            parse(json);
        } catch (InvalidRule e) {
            return e.errors();
        }
        throw new AssertionError("expected the rule to be refused: " + json);
    }

    /** A professional with three orders of 4000 K panels, last seen ten days ago. */
    private static ProfileState professional() {
        Profile p = Profile.open("p", "m", NOW.minus(Duration.ofDays(200)));
        p.consent(Purpose.ANALYTICS, new Consent(true, "STORE", NOW.minus(Duration.ofDays(200))));
        p.recordLegacy(new History.LegacyEntry("legacy:1", "1", true, null));
        for (int i = 0; i < 3; i++) {
            p.recordOrder(new History.OrderEntry("o" + i, "DELIVERY", null, History.OrderStatus.CONFIRMED, 9_000, "EUR",
                List.of(new PurchaseLine("PANEL-40", 3, 3_000L, "panel", "MASS", 4000)),
                NOW.minus(Duration.ofDays(10 + i)), NOW.minus(Duration.ofDays(10 + i))));
        }
        p.refresh(NOW);
        return p.state();
    }

    @Test
    void theIssueExampleMatchesAProfessionalWithThreeOrdersWhoPrefers4000KAndWasSeenLately() {
        Rule rule = parse("""
            {"and":[{"field":"classification","op":"eq","value":"PROFESSIONAL"},
                    {"field":"orderCount","op":"gte","value":3},
                    {"field":"preferredCctKelvin","op":"eq","value":4000},
                    {"field":"lastActivityAt","op":"within","value":"P90D"}]}
            """);

        assertThat(rule.matches(professional(), NOW)).isTrue();
        assertThat(rule.matches(professional(), NOW.plus(Duration.ofDays(95)))).isFalse();
        assertThat(rule.timeRelative()).isTrue();
    }

    @Test
    void orNotInAndComparisonsEvaluateAsWritten() {
        ProfileState p = professional();

        assertThat(parse("{\"or\":[{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":5},{\"field\":\"preferredCategory\",\"op\":\"in\",\"value\":[\"panel\",\"tube\"]}]}")
            .matches(p, NOW)).isTrue();
        assertThat(parse("{\"not\":{\"field\":\"channelMix\",\"op\":\"eq\",\"value\":\"ONLINE\"}}").matches(p, NOW)).isFalse();
        assertThat(parse("{\"field\":\"orderValueMinor\",\"op\":\"lt\",\"value\":27000}").matches(p, NOW)).isFalse();
        assertThat(parse("{\"field\":\"orderValueMinor\",\"op\":\"lte\",\"value\":27000}").matches(p, NOW)).isTrue();
        assertThat(parse("{\"field\":\"preferredStore\",\"op\":\"eq\",\"value\":\"s1\"}").matches(p, NOW)).isFalse();
        assertThat(parse("{\"field\":\"preferredStore\",\"op\":\"notIn\",\"value\":[\"s1\"]}").matches(p, NOW)).isTrue();
        assertThat(parse("{\"field\":\"marketingConsent\",\"op\":\"eq\",\"value\":false}").matches(p, NOW)).isTrue();
        assertThat(parse("{\"field\":\"professionalShare\",\"op\":\"lt\",\"value\":0.5}").matches(p, NOW)).isTrue();
        assertThat(parse("{\"field\":\"rfmFrequency\",\"op\":\"eq\",\"value\":3}").matches(p, NOW)).isTrue();
    }

    @Test
    void namesTheBadClauseByItsPath() {
        assertThat(errors("""
            {"and":[{"field":"orderCount","op":"gte","value":3},
                    {"field":"shoeSize","op":"eq","value":42},
                    {"or":[{"field":"classification","op":"eq","value":"WHOLESALE"},
                           {"field":"orderCount","op":"within","value":"P1D"}]}]}
            """)).extracting(RuleError::path).containsExactly("rule.and[1].field", "rule.and[2].or[0].value",
            "rule.and[2].or[1].op");
    }

    @Test
    void explainsWhatIsWrongWithEachKindOfMistake() {
        assertThat(errors("{\"field\":\"shoeSize\",\"op\":\"eq\",\"value\":1}").get(0).message())
            .startsWith("'shoeSize' is not a field; fields are [classification, orderCount");
        assertThat(errors("{\"field\":\"orderCount\",\"op\":\"like\",\"value\":1}").get(0))
            .isEqualTo(new RuleError("rule.op", "'like' is not an operator for orderCount; use one of [eq, ne, gt, gte, lt, lte, in, notIn]"));
        assertThat(errors("{\"field\":\"orderCount\",\"op\":\"gte\",\"value\":\"three\"}").get(0))
            .isEqualTo(new RuleError("rule.value", "must be a number for orderCount"));
        assertThat(errors("{\"field\":\"orderCount\",\"op\":\"gte\"}").get(0))
            .isEqualTo(new RuleError("rule.value", "is required"));
        assertThat(errors("{\"field\":\"lastActivityAt\",\"op\":\"within\",\"value\":\"P3M\"}").get(0).path())
            .isEqualTo("rule.value");
        assertThat(errors("{\"field\":\"preferredCategory\",\"op\":\"in\",\"value\":[]}").get(0))
            .isEqualTo(new RuleError("rule.value", "must be an array of 1 to 200 values"));
        assertThat(errors("{\"and\":[]}").get(0)).isEqualTo(new RuleError("rule.and", "must be a non-empty array of rules"));
        assertThat(errors("{\"and\":[{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":1}],\"or\":[]}").get(0).path())
            .isEqualTo("rule");
        assertThat(errors("[1,2]").get(0).path()).isEqualTo("rule");
        assertThat(errors("{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":1,\"unit\":\"x\"}").get(0).path())
            .isEqualTo("rule.unit");
    }

    @Test
    void refusesRulesNestedTooDeepOrTooLarge() {
        Object deep = Map.of("field", "orderCount", "op", "gt", "value", 1);
        for (int i = 0; i < RuleParser.MAX_DEPTH + 1; i++) {
            deep = Map.of("not", deep);
        }
        Object tooDeep = deep;
        assertThatThrownBy(() -> RuleParser.parse(tooDeep)).isInstanceOf(InvalidRule.class)
            .hasMessageContaining("nests deeper than 8 levels");
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < RuleParser.MAX_CLAUSES + 1; i++) {
            many.add(Map.of("field", "orderCount", "op", "gt", "value", i));
        }
        assertThatThrownBy(() -> RuleParser.parse(Map.of("or", many))).isInstanceOfSatisfying(InvalidRule.class,
            e -> assertThat(e.errors().get(0)).isEqualTo(new RuleError("rule.or[99]", "the rule has more than 100 clauses")));
    }
}
