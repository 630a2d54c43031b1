package com.lumenbridge.catalog.pricing.application;

import com.lumenbridge.catalog.product.application.CatalogAccess;
import com.lumenbridge.catalog.product.application.CatalogProblems;
import com.lumenbridge.catalog.pricing.domain.InvalidPriceList;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListInput;
import com.lumenbridge.catalog.pricing.domain.PriceListRules;
import com.lumenbridge.catalog.pricing.domain.PriceListTerms;
import com.lumenbridge.catalog.product.domain.Violation;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.NotFound;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;

/** A manufacturer's price lists: put (create or replace) and read. Nobody else sees them. */
public class PriceListService {

    private final PriceLists priceLists;
    private final ApplicationEventPublisher local;

    public PriceListService(PriceLists priceLists, ApplicationEventPublisher local) {
        this.priceLists = priceLists;
        this.local = local;
    }

    /** Creates or replaces the caller's price list {@code priceListId}; putting the same terms again changes nothing. */
    public Put put(Caller caller, String priceListId, PriceListInput input) {
        CatalogAccess.requireWriter(caller);
        if (!PriceListRules.isId(priceListId)) {
            throw new InvalidPriceList(List.of(new Violation("priceListId",
                "must be 1–64 letters, digits, dots, dashes or underscores")));
        }
        PriceListTerms terms = PriceListRules.validate(input);
        Optional<PriceList> existing = priceLists.find(caller.tenantId(), priceListId);
        if (existing.isEmpty()) {
            PriceList created = PriceList.create(caller.tenantId(), priceListId, terms);
            if (!priceLists.insert(created, List.of(PriceListEvents.changed(created)))) {
                throw new Conflict(CatalogProblems.CONCURRENT_UPDATE, "Price list " + priceListId + " was created concurrently");
            }
            local.publishEvent(new PriceListWritten(created));
            return new Put(created, true);
        }
        PriceList list = existing.get();
        long before = list.version();
        if (list.revise(terms)) {
            if (!priceLists.update(list, before, List.of(PriceListEvents.changed(list)))) {
                throw new Conflict(CatalogProblems.CONCURRENT_UPDATE, "Price list " + priceListId + " was changed concurrently");
            }
            local.publishEvent(new PriceListWritten(list));
        }
        return new Put(list, false);
    }

    public PriceList get(Caller caller, String priceListId) {
        CatalogAccess.requireReader(caller);
        return priceLists.find(caller.tenantId(), priceListId)
            .orElseThrow(() -> new NotFound("Price list", priceListId));
    }

    public record Put(PriceList priceList, boolean created) {
    }
}
