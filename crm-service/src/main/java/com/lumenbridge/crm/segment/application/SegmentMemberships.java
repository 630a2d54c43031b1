package com.lumenbridge.crm.segment.application;

import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.Memberships;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.segment.domain.Rule;
import com.lumenbridge.crm.segment.domain.RuleParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Evaluates a profile against its manufacturer's segments on every profile write, and keeps the size
 * counters in step. Profiles without analytics consent belong to no segment. Rules never change once
 * stored, so parsed rules are cached by segment id.
 */
public class SegmentMemberships implements Memberships {

    private final Segments segments;
    private final Function<String, Object> ruleTree;
    private final CrmMetrics metrics;
    private final Clock clock;
    private final Map<String, Rule> parsed = new ConcurrentHashMap<>();

    public SegmentMemberships(Segments segments, Function<String, Object> ruleTree, CrmMetrics metrics, Clock clock) {
        this.segments = segments;
        this.ruleTree = ruleTree;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public List<String> evaluate(ProfileState profile) {
        if (!profile.analyticsAllowed()) {
            return List.of();
        }
        return evaluate(profile, segments.forTenant(profile.tenantId()));
    }

    @Override
    public Function<ProfileState, List<String>> evaluator(String tenantId) {
        List<Segment> candidates = segments.forTenant(tenantId);
        return profile -> profile.analyticsAllowed() ? evaluate(profile, candidates) : List.of();
    }

    @Override
    public void moved(Map<String, Long> deltas) {
        deltas.forEach((id, delta) -> {
            if (delta != 0) {
                segments.add(id, delta);
            }
        });
    }

    private List<String> evaluate(ProfileState profile, List<Segment> candidates) {
        List<String> member = new ArrayList<>();
        for (Segment segment : candidates) {
            if (rule(segment).matches(profile, clock.instant())) {
                member.add(segment.id());
            }
        }
        metrics.segmentEvaluations(candidates.size());
        return member;
    }

    @Override
    public void changed(String tenantId, List<String> before, List<String> after) {
        Set<String> left = new HashSet<>(before);
        after.forEach(left::remove);
        Set<String> joined = new HashSet<>(after);
        before.forEach(joined::remove);
        left.forEach(id -> segments.add(id, -1));
        joined.forEach(id -> segments.add(id, 1));
    }

    Rule rule(Segment segment) {
        return parsed.computeIfAbsent(segment.id(), id -> RuleParser.parse(ruleTree.apply(segment.ruleJson())));
    }
}
