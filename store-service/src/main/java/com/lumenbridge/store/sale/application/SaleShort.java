package com.lumenbridge.store.sale.application;

import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.store.inventory.application.InventoryService;
import com.lumenbridge.store.sale.domain.ShortLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sale was refused because {@code available} did not cover every line (409), naming each short line. */
public class SaleShort extends ApiException {

    private final List<ShortLine> shortLines;

    public SaleShort(String saleId, List<ShortLine> shortLines) {
        super(409, InventoryService.INSUFFICIENT_STOCK, "Insufficient stock", "sale '" + saleId + "' was refused, nothing was sold: "
            + String.join("; ", shortLines.stream().map(s -> "only " + s.available() + " of " + s.requested() + " units of '"
                + s.sku() + "' are available").toList()));
        this.shortLines = List.copyOf(shortLines);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("shortLines", shortLines.stream().map(s -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", s.sku());
            line.put("requested", s.requested());
            line.put("available", s.available());
            return line;
        }).toList());
    }
}
