package com.lumenbridge.store.sale.application;

import com.lumenbridge.platform.events.store.OfflineSaleRecorded;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.store.common.NotPermitted;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.sale.domain.OfflineSale;
import com.lumenbridge.store.sale.domain.SaleLine;
import com.lumenbridge.store.sale.domain.SaleState;
import com.lumenbridge.store.sale.domain.ShortLine;
import com.lumenbridge.store.sale.persistence.OfflineSales;
import com.lumenbridge.store.visitor.application.VisitorEvents;
import com.lumenbridge.store.visitor.domain.Visitor;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline sales without multi-document transactions, the way reservations work: the sale document
 * records the intent first ({@code PENDING}); each line is then held for the sale by the inventory's
 * guarded update; all held → the sale and its {@code OfflineSaleRecorded} are one write, then the holds
 * are committed (stock leaves); any short → the sale is refused and whatever was held goes back. A
 * crash anywhere is finished by {@link #recover}. The dealer's {@code Idempotency-Key} names the sale,
 * so a retry answers with the sale already made and never sells twice.
 */
public class OfflineSaleService {

    private static final Logger log = LoggerFactory.getLogger(OfflineSaleService.class);
    public static final URI IDEMPOTENCY_KEY_REUSED = ProblemTypes.of("idempotency-key-reused");
    public static final URI SALE_IN_PROGRESS = ProblemTypes.of("sale-in-progress");
    public static final String METER = "lumenbridge.store.offline.sales";
    public static final String UNITS_METER = "lumenbridge.store.offline.sales.units";

    private final OfflineSales sales;
    private final StockLedger stock;
    private final LocationService locations;
    private final MongoLocations stores;
    private final Clock clock;
    private final MeterRegistry meters;

    public OfflineSaleService(OfflineSales sales, StockLedger stock, LocationService locations, MongoLocations stores,
            Clock clock, MeterRegistry meters) {
        this.sales = sales;
        this.stock = stock;
        this.locations = locations;
        this.stores = stores;
        this.clock = clock;
        this.meters = meters;
    }

    /** Sells every line or none; a retry under the same key answers with the first outcome. */
    public OfflineSale record(Caller caller, String storeId, String idempotencyKey, List<SaleLine> lines, Visitor customer) {
        caller.require(Scope.INVENTORY_WRITE);
        Location store = locations.owned(caller, storeId);
        if (!caller.is(TenantKind.DEALER) || store.type() != LocationType.STORE) {
            throw new NotPermitted("Offline sales are recorded by dealers at their stores");
        }
        OfflineSale pending = OfflineSale.pending(UUID.randomUUID().toString(), store.id(), store.tenantId(), idempotencyKey,
            lines, customer, clock.instant());
        String driver = UUID.randomUUID().toString();
        OfflineSale outcome;
        if (sales.begin(pending, driver)) {
            outcome = drive(pending, driver, store);
        } else {
            outcome = sales.find(store.id(), idempotencyKey).orElseThrow();
            if (!outcome.sameRequestAs(lines, customer)) {
                throw new Conflict(IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + idempotencyKey
                    + "' was used for a different sale at this store");
            }
        }
        return switch (outcome.state()) {
            case RECORDED -> outcome;
            case REFUSED -> throw new SaleShort(outcome.id(), outcome.shortLines());
            case PENDING -> throw new Conflict(SALE_IN_PROGRESS, "sale '" + outcome.id()
                + "' under this Idempotency-Key is still being recorded; retry shortly");
        };
    }

    /** Holds every line for the sale, then records it (and sells the holds) or refuses it (and gives them back). */
    OfflineSale drive(OfflineSale pending, String driver, Location store) {
        List<ShortLine> shorts = new ArrayList<>();
        for (SaleLine line : pending.lines()) {
            StockLedger.Hold hold = stock.hold(pending.dealerId(), pending.storeId(), line.sku(), pending.holder(),
                line.quantity(), "RESERVED");
            if (hold instanceof StockLedger.Hold.Short s) {
                // the remaining lines are still tried so the refusal names every short line
                shorts.add(new ShortLine(line.sku(), line.quantity(), s.available()));
            }
        }
        OfflineSale next;
        boolean moved;
        if (shorts.isEmpty()) {
            next = pending.record(clock.instant());
            moved = sales.finish(driver, next, List.of(new OfflineSaleRecorded(next.id(), next.storeId(), next.dealerId(),
                store.manufacturers(), next.soldAt(), next.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList(),
                VisitorEvents.toEvent(next.customer()))));
        } else {
            next = pending.refuse(shorts);
            moved = sales.finish(driver, next, List.of());
        }
        if (!moved) {
            // recovery took the lease over and decided; settle whatever it decided (settling twice is harmless)
            next = sales.find(pending.storeId(), pending.idempotencyKey()).orElseThrow();
            if (next.state() == SaleState.PENDING) {
                return next;
            }
        } else {
            count(next);
        }
        settle(next);
        return next;
    }

    /**
     * Finishes what a crash interrupted: sales left {@code PENDING} longer than {@code staleAfter} are
     * driven again under a new lease (lines already held count as held), and recorded or refused sales
     * whose holds were not yet sold or given back are settled. Returns how many sales it touched.
     */
    public int recover(Duration staleAfter) {
        int touched = 0;
        String driver = UUID.randomUUID().toString();
        Optional<OfflineSale> stale;
        while ((stale = sales.claimStalePending(clock.instant().minus(staleAfter), driver)).isPresent()) {
            OfflineSale sale = stale.get();
            log.info("Recovering offline sale {} left PENDING", sale.id());
            // the store may have closed meanwhile; the sale it began still finishes
            drive(sale, driver, stores.findAny(sale.storeId()).orElseThrow());
            touched++;
        }
        for (OfflineSale unsettled : sales.unsettled(clock.instant().minus(staleAfter), 500)) {
            settle(unsettled);
            touched++;
        }
        return touched;
    }

    private void settle(OfflineSale sale) {
        for (SaleLine line : sale.lines()) {
            if (sale.state() == SaleState.RECORDED) {
                stock.commit(sale.dealerId(), sale.storeId(), line.sku(), sale.holder(), "SOLD");
            } else {
                stock.release(sale.dealerId(), sale.storeId(), line.sku(), sale.holder(), "RELEASED");
            }
        }
        sales.markSettled(sale);
    }

    private void count(OfflineSale sale) {
        meters.counter(METER, "outcome", sale.state() == SaleState.RECORDED ? "recorded" : "refused").increment();
        if (sale.state() == SaleState.RECORDED) {
            meters.counter(UNITS_METER).increment(sale.lines().stream().mapToInt(SaleLine::quantity).sum());
        }
    }
}
