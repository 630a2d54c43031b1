package com.lumenbridge.crm.segment.application;

import com.lumenbridge.crm.common.CrmAccess;
import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.segment.domain.RuleParser;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segment use cases. Creating a segment stores it and then evaluates the existing base in the
 * background (the profile write path keeps it current from then on); its size is a counter, so
 * reading it costs one document read whatever the base.
 */
public class SegmentService {

    private static final Logger log = LoggerFactory.getLogger(SegmentService.class);

    private final Segments segments;
    private final Profiles profiles;
    private final ProfileService profileService;
    private final Executor backfill;
    private final Clock clock;

    public SegmentService(Segments segments, Profiles profiles, ProfileService profileService, Executor backfill,
            Clock clock) {
        this.segments = segments;
        this.profiles = profiles;
        this.profileService = profileService;
        this.backfill = backfill;
        this.clock = clock;
    }

    /** Parses the rule (422 naming the bad clause, nothing stored), stores the segment and starts evaluating the base. */
    public Segment create(Caller caller, String name, Object ruleTree, String ruleJson) {
        CrmAccess.requireWriter(caller, "Segment", "new");
        RuleParser.parse(ruleTree);
        Segment segment = new Segment(UUID.randomUUID().toString(), caller.tenantId(), name, ruleJson, 0,
            Segment.Status.BUILDING, clock.instant());
        segments.insert(segment);
        backfill.execute(() -> evaluateBase(segment));
        return segment;
    }

    void evaluateBase(Segment segment) {
        try {
            List<String> ids = new ArrayList<>();
            profiles.forEachActive(segment.tenantId(), null, p -> ids.add(p.id()));
            ids.forEach(profileService::recompute);
            segments.resize(segment.id(), profiles.countMembers(segment.tenantId(), segment.id()));
            segments.ready(segment.id());
            log.info("Segment {} evaluated over {} profiles", segment.id(), ids.size());
        } catch (RuntimeException e) {
            log.error("Evaluating segment {} over the base failed; the periodic recount will retry", segment.id(), e);
        }
    }

    public Segment get(Caller caller, String id) {
        CrmAccess.requireReader(caller, "Segment", id);
        return segments.find(id).filter(s -> s.tenantId().equals(caller.tenantId()))
            .orElseThrow(() -> new NotFound("Segment", id));
    }

    public Page<Segment> list(Caller caller, PageRequest page) {
        CrmAccess.requireReader(caller, "Segment", "list");
        return segments.list(caller.tenantId(), page);
    }

    public Page<ProfileState> members(Caller caller, String id, PageRequest page) {
        Segment segment = get(caller, id);
        return profiles.members(segment.tenantId(), segment.id(), page);
    }

    public void forEachMember(Caller caller, String id, Consumer<ProfileState> action) {
        Segment segment = get(caller, id);
        profiles.forEachActive(segment.tenantId(), segment.id(), action);
    }

    /** Re-evaluates time-relative membership and corrects any counter a crash left behind; run periodically. */
    public void recount() {
        for (Segment segment : segments.all()) {
            long counted = profiles.countMembers(segment.tenantId(), segment.id());
            if (counted != segment.size()) {
                segments.resize(segment.id(), counted);
            }
        }
    }
}
