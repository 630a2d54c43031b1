package com.lumenbridge.store.reservation.application;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.store.InventoryRejected;
import com.lumenbridge.platform.events.store.InventoryReserved;
import com.lumenbridge.platform.events.store.ReservationCommitted;
import com.lumenbridge.platform.events.store.ReservationExpired;
import com.lumenbridge.platform.events.store.ReservationReleased;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.HoldPolicy;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.reservation.domain.Reservation;
import com.lumenbridge.store.reservation.domain.ReservationState;
import com.lumenbridge.store.reservation.domain.ShortLine;
import com.lumenbridge.store.reservation.persistence.MongoReservations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reserves orders all or nothing without multi-document transactions. The reservation document
 * records the intent first ({@code PENDING}); each line is then held by a guarded update keyed by the
 * order id, so repeating any step is harmless; the final state and its event are one write. Whatever
 * a crash interrupts is finished by {@link #recover}: a stale {@code PENDING} reservation is driven
 * again (holds already taken count as taken) and a final state whose holds were not yet settled is
 * settled.
 */
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);
    static final String UNKNOWN_LOCATION = "UNKNOWN_LOCATION";
    static final String LOCATION_NOT_ELIGIBLE = "LOCATION_NOT_ELIGIBLE";
    static final String NO_WAREHOUSE_WITH_STOCK = "NO_WAREHOUSE_WITH_STOCK";

    private final MongoReservations reservations;
    private final StockLedger stock;
    private final MongoLocations locations;
    private final Partnerships partnerships;
    private final HoldPolicy holds;
    private final Clock clock;
    private final MeterRegistry meters;

    public ReservationService(MongoReservations reservations, StockLedger stock, MongoLocations locations,
            Partnerships partnerships, HoldPolicy holds, Clock clock, MeterRegistry meters) {
        this.reservations = reservations;
        this.stock = stock;
        this.locations = locations;
        this.partnerships = partnerships;
        this.holds = holds;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * A new order: where to hold it, then hold every line or none. A redelivered order changes nothing:
     * its reservation is inserted under the order id, so the second insert finds the first and stops
     * (no read first: that cost a round trip on every order for the rare redelivery).
     */
    public void reserve(NewOrder order) {
        Placement placement = place(order);
        if (placement.refusal() != null) {
            Reservation refused = Reservation.refused(order.orderId(), order.storefrontId(), order.manufacturerId(),
                order.fulfillment(), placement.location() == null ? null : placement.location().id(), order.lines(),
                placement.refusal());
            if (reservations.insertFinal(refused, List.of(new InventoryRejected(order.orderId(), refused.locationId(),
                    placement.refusal(), List.of())))) {
                count("rejected");
            }
            return;
        }
        Location location = placement.location();
        Reservation pending = Reservation.pending(order.orderId(), order.storefrontId(), order.manufacturerId(),
            order.fulfillment(), location.id(), location.tenantId(), order.lines());
        String driver = UUID.randomUUID().toString();
        if (reservations.begin(pending, driver)) {
            drive(pending, driver);
        }
    }

    /** Holds every line; all held → RESERVED, any short → REJECTED and every hold of the order given back. */
    void drive(Reservation pending, String driver) {
        List<ShortLine> shorts = new ArrayList<>();
        for (Line line : pending.lines()) {
            StockLedger.Hold hold = stock.hold(pending.locationTenantId(), pending.locationId(), line.sku(), pending.holder(),
                line.quantity(), "RESERVED");
            if (hold instanceof StockLedger.Hold.Short s) {
                shorts.add(new ShortLine(line.sku(), line.quantity(), s.available()));
                // the remaining lines are still tried so the rejection names every short line
            }
        }
        if (shorts.isEmpty()) {
            Reservation reserved = pending.reserve(holds, clock.instant());
            if (reservations.transition(ReservationState.PENDING, driver, reserved, true, List.of(new InventoryReserved(
                    reserved.orderId(), reserved.locationId(), reserved.locationTenantId(), reserved.holdExpiresAt(),
                    stockLines(reserved))))) {
                count("reserved");
                return;
            }
        } else {
            Reservation rejected = pending.reject(shorts);
            if (reservations.transition(ReservationState.PENDING, driver, rejected, false, List.of(new InventoryRejected(
                    rejected.orderId(), rejected.locationId(), rejected.reason(),
                    shorts.stream().map(s -> new com.lumenbridge.platform.events.store.ShortLine(s.sku(), s.requested(),
                        s.available())).toList())))) {
                count("rejected");
                settle(rejected);
                return;
            }
        }
        // someone else moved the reservation on (a cancel, or a recovery that took the lease over):
        // holds this attempt took must not outlive a reservation that does not keep them
        reservations.find(pending.orderId()).filter(r -> r.state().isFinal() && r.state() != ReservationState.COMMITTED)
            .ifPresent(this::settle);
    }

    /** The order was cancelled or declined: whatever is held for it goes back to available. */
    public void release(String orderId, String why) {
        Optional<Reservation> found = reservations.find(orderId);
        if (found.isEmpty() || found.get().state().isFinal()) {
            return;
        }
        Reservation current = found.get();
        Reservation released = current.release(why);
        if (reservations.transition(current.state(), null, released, false, List.of(new ReservationReleased(orderId,
                released.locationId(), why, stockLines(released))))) {
            count("released");
            settle(released);
        }
    }

    /** The order was completed: its held stock leaves the location. */
    public void commit(String orderId) {
        Optional<Reservation> found = reservations.find(orderId);
        if (found.isEmpty() || found.get().state() != ReservationState.RESERVED) {
            if (found.isPresent() && found.get().state() != ReservationState.COMMITTED) {
                log.warn("Order {} completed while its reservation is {}; nothing to commit", orderId, found.get().state());
            }
            return;
        }
        Reservation committed = found.get().commit();
        if (reservations.transition(ReservationState.RESERVED, null, committed, false,
                List.of(new ReservationCommitted(orderId, committed.locationId(), stockLines(committed))))) {
            count("committed");
            settle(committed);
        }
    }

    /** Expires every hold past its expiry by the injected clock; returns how many expired. */
    public int expireDue() {
        int expired = 0;
        for (Reservation due : reservations.expiredBy(clock.instant(), 500)) {
            Reservation next = due.expire(clock.instant());
            if (reservations.transition(ReservationState.RESERVED, null, next, false, List.of(new ReservationExpired(
                    due.orderId(), due.locationId(), due.holdExpiresAt(), stockLines(due))))) {
                count("expired");
                settle(next);
                expired++;
            }
        }
        return expired;
    }

    /**
     * Finishes what a crash interrupted: reservations left {@code PENDING} for longer than
     * {@code staleAfter} are driven again under a new lease, and final states not yet settled are settled.
     * Returns how many reservations it touched.
     */
    public int recover(Duration staleAfter) {
        int touched = 0;
        String driver = UUID.randomUUID().toString();
        Optional<Reservation> stale;
        while ((stale = reservations.claimStalePending(clock.instant().minus(staleAfter), driver)).isPresent()) {
            log.info("Recovering reservation of order {} left PENDING", stale.get().orderId());
            drive(stale.get(), driver);
            touched++;
        }
        for (Reservation unsettled : reservations.unsettled(clock.instant().minus(staleAfter), 500)) {
            settle(unsettled);
            touched++;
        }
        return touched;
    }

    private void settle(Reservation reservation) {
        for (Line line : reservation.lines()) {
            if (reservation.state() == ReservationState.COMMITTED) {
                stock.commit(reservation.locationTenantId(), reservation.locationId(), line.sku(), reservation.holder(),
                    "COMMITTED");
            } else {
                stock.release(reservation.locationTenantId(), reservation.locationId(), line.sku(), reservation.holder(),
                    "RELEASED");
            }
        }
        reservations.markSettled(reservation.orderId());
    }

    private Placement place(NewOrder order) {
        if (order.fulfillment() == Fulfillment.DELIVERY) {
            for (Location warehouse : locations.warehousesOf(order.manufacturerId())) {
                boolean holdsEveryLine = order.lines().stream().allMatch(line ->
                    stock.availableAt(List.of(warehouse.id()), line.sku(), line.quantity()).containsKey(warehouse.id()));
                if (holdsEveryLine) {
                    return new Placement(warehouse, null);
                }
            }
            return new Placement(null, NO_WAREHOUSE_WITH_STOCK);
        }
        Optional<Location> store = order.storeId() == null ? Optional.empty() : locations.find(order.storeId());
        if (store.isEmpty()) {
            return new Placement(null, UNKNOWN_LOCATION);
        }
        Location location = store.get();
        boolean eligible = location.type() == LocationType.STORE && location.carries(order.manufacturerId())
            && partnerships.active(order.manufacturerId(), location.tenantId());
        return new Placement(location, eligible ? null : LOCATION_NOT_ELIGIBLE);
    }

    private void count(String outcome) {
        meters.counter("lumenbridge.store.reservations", "outcome", outcome).increment();
    }

    private static List<StockLine> stockLines(Reservation r) {
        return r.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList();
    }

    private record Placement(Location location, String refusal) {
    }

    /** What store-service needs of a placed order. */
    public record NewOrder(String orderId, String storefrontId, String manufacturerId, Fulfillment fulfillment, String storeId,
            List<Line> lines) {
    }
}
