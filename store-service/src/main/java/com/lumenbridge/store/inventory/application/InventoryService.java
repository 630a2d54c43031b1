package com.lumenbridge.store.inventory.application;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.inventory.domain.AdjustmentKind;
import com.lumenbridge.store.inventory.domain.InsufficientStock;
import com.lumenbridge.store.inventory.domain.StockBelowReserved;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.application.LocationService;
import java.net.URI;

/** Stock as its owner manages it; every operation first proves the caller owns the location (else 404). */
public class InventoryService {

    public static final URI STOCK_BELOW_RESERVED = ProblemTypes.of("stock-below-reserved");
    public static final URI INSUFFICIENT_STOCK = ProblemTypes.of("insufficient-stock");

    private final StockLedger ledger;
    private final LocationService locations;

    public InventoryService(StockLedger ledger, LocationService locations) {
        this.ledger = ledger;
        this.locations = locations;
    }

    public StockLedger.StockView set(Caller caller, String locationId, String sku, int onHand, Integer threshold) {
        caller.require(Scope.INVENTORY_WRITE);
        locations.owned(caller, locationId);
        try {
            return ledger.set(caller.tenantId(), locationId, sku, onHand, threshold);
        } catch (StockBelowReserved e) {
            throw new Conflict(STOCK_BELOW_RESERVED, e.getMessage());
        }
    }

    public StockLedger.StockView adjust(Caller caller, String locationId, String sku, String adjustmentId, AdjustmentKind kind,
            int quantity, String reason) {
        caller.require(Scope.INVENTORY_WRITE);
        locations.owned(caller, locationId);
        try {
            return ledger.adjust(caller.tenantId(), locationId, sku, adjustmentId, kind.name(), quantity, reason,
                caller.tenantId());
        } catch (InsufficientStock e) {
            throw new Conflict(INSUFFICIENT_STOCK, e.getMessage());
        }
    }

    public Page<StockLedger.StockView> list(Caller caller, String locationId, boolean lowStock, String skuPrefix,
            PageRequest page) {
        caller.require(Scope.STORES_READ);
        locations.owned(caller, locationId);
        return ledger.list(locationId, lowStock, skuPrefix, page);
    }

    /** The audit trail of one SKU's adjustments at the caller's location, newest first, paged. */
    public Page<StockLedger.Adjustment> adjustments(Caller caller, String locationId, String sku, PageRequest page) {
        caller.require(Scope.STORES_READ);
        locations.owned(caller, locationId);
        return ledger.adjustments(locationId, sku, page)
            .orElseThrow(() -> new com.lumenbridge.platform.problem.NotFound("Stock", sku));
    }

    public StockLedger.StockView get(Caller caller, String locationId, String sku) {
        caller.require(Scope.STORES_READ);
        locations.owned(caller, locationId);
        return ledger.find(locationId, sku).orElseThrow(() -> new com.lumenbridge.platform.problem.NotFound("Stock", sku));
    }
}
