package com.lumenbridge.store.visit.application;

import com.lumenbridge.platform.events.store.VisitRecorded;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.store.common.NotPermitted;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.visit.domain.Visit;
import com.lumenbridge.store.visit.persistence.Visits;
import com.lumenbridge.store.visitor.application.VisitorEvents;
import com.lumenbridge.store.visitor.domain.Visitor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Visits as the owning dealer records them. */
public class VisitService {

    public static final String METER = "lumenbridge.store.visits";

    private final Visits visits;
    private final LocationService locations;
    private final Clock clock;
    private final MeterRegistry meters;

    public VisitService(Visits visits, LocationService locations, Clock clock, MeterRegistry meters) {
        this.visits = visits;
        this.locations = locations;
        this.clock = clock;
        this.meters = meters;
    }

    public Visit record(Caller caller, String storeId, Visitor visitor, List<String> products) {
        caller.require(Scope.INVENTORY_WRITE);
        Location store = locations.owned(caller, storeId);
        if (!caller.is(TenantKind.DEALER) || store.type() != LocationType.STORE) {
            throw new NotPermitted("Visits are recorded by dealers at their stores");
        }
        Visit visit = Visit.checkIn(UUID.randomUUID().toString(), store.id(), store.tenantId(), visitor, products,
            clock.instant());
        visits.insert(visit, List.of(new VisitRecorded(visit.id(), store.id(), store.tenantId(), store.manufacturers(),
            visit.visitedAt(), visit.products(), VisitorEvents.toEvent(visit.visitor()))));
        meters.counter(METER, "identified", String.valueOf(visit.visitor() != null)).increment();
        return visit;
    }
}
