package com.lumenbridge.catalog.product.application;

import com.lumenbridge.catalog.partnership.application.Partnerships;
import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.product.domain.InvalidProduct;
import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.Product;
import com.lumenbridge.catalog.product.domain.ProductChange;
import com.lumenbridge.catalog.product.domain.ProductDetails;
import com.lumenbridge.catalog.product.domain.ProductInput;
import com.lumenbridge.catalog.product.domain.ProductRules;
import com.lumenbridge.catalog.product.domain.ProductState;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.catalog.product.domain.Violation;
import com.lumenbridge.platform.events.catalog.ProductEvent;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Product use cases. Writes are for the owning manufacturer only; a product of another tenant is
 * "not found" (404), except on create, where a SKU owned by another manufacturer is reported as
 * taken (409) — SKUs are unique platform-wide and a manufacturer must learn why it cannot use one.
 */
public class ProductService {

    private final Products products;
    private final Partnerships partnerships;
    private final PriceLists priceLists;
    private final ApplicationEventPublisher local;
    private final ProductMetrics metrics;
    private final Clock clock;

    public ProductService(Products products, Partnerships partnerships, PriceLists priceLists,
            ApplicationEventPublisher local, ProductMetrics metrics, Clock clock) {
        this.products = products;
        this.partnerships = partnerships;
        this.priceLists = priceLists;
        this.local = local;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Creates a DRAFT; {@code unreadable} names fields the caller sent that could not be read at all. */
    public PricedProduct create(Caller caller, ProductInput input, List<Violation> unreadable) {
        CatalogAccess.requireWriter(caller);
        ProductDetails details = validate(input, unreadable);
        Product product = Product.draft(caller.tenantId(), input.sku(), details, clock);
        try {
            products.insert(product.state(), List.of(ProductEvents.of(product.drafted())));
        } catch (Products.SkuInUse e) {
            metrics.written("api", "rejected", 1);
            if (caller.tenantId().equals(e.ownerId())) {
                throw new Conflict(CatalogProblems.PRODUCT_EXISTS, "You already have product " + input.sku() + "; PUT changes it");
            }
            throw new Conflict(CatalogProblems.SKU_TAKEN, "SKU " + input.sku() + " belongs to another manufacturer");
        }
        metrics.written("api", "created", 1);
        return written(product.state());
    }

    /** Replaces the details of one of the caller's products; sending what is stored changes nothing. */
    public PricedProduct revise(Caller caller, String sku, ProductInput input, List<Violation> unreadable) {
        CatalogAccess.requireWriter(caller);
        List<Violation> problems = new ArrayList<>(unreadable);
        if (input.sku() != null && !input.sku().equals(sku)) {
            problems.add(new Violation("sku", "must match the SKU in the path (" + sku + ")"));
        }
        ProductInput withSku = new ProductInput(sku, input.name(), input.description(), input.category(), input.segment(),
            input.watts(), input.lumens(), input.cctKelvin(), input.cri(), input.beamAngle(), input.base(), input.ipRating(),
            input.dimmable(), input.voltage(), input.lifetimeHours(), input.energyClass(), input.listPriceMinor(),
            input.currency());
        ProductDetails details = validate(withSku, problems);
        return change(caller, sku, product -> product.revise(details, clock), "updated");
    }

    public PricedProduct publish(Caller caller, String sku) {
        CatalogAccess.requireWriter(caller);
        return change(caller, sku, product -> List.of(product.publish(clock)), "published");
    }

    public PricedProduct discontinue(Caller caller, String sku) {
        CatalogAccess.requireWriter(caller);
        return change(caller, sku, product -> List.of(product.discontinue(clock)), "discontinued");
    }

    /**
     * The product as the caller may see it: its owner sees it in any status at list price; a
     * storefront or dealer sees it only while ACTIVE, actively partnered with its manufacturer, and
     * priceable by its price list, at that price; anyone else gets 404.
     */
    public PricedProduct view(Caller caller, String sku) {
        CatalogAccess.requireReader(caller);
        ProductState product = products.find(sku).orElseThrow(() -> notFound(sku));
        if (caller.is(TenantKind.MANUFACTURER) && product.isOwnedBy(caller.tenantId())) {
            return new PricedProduct(ProductEvents.snapshot(product), product.details().listPrice());
        }
        if (!Partnership.canPartnerWith(caller.kind()) || product.status() != ProductStatus.ACTIVE) {
            throw notFound(sku);
        }
        Optional<Money> price = partnerships.find(product.manufacturerId(), caller.tenantId())
            .filter(Partnership::isActive)
            .flatMap(p -> priceLists.find(p.manufacturerId(), p.priceListId()))
            .flatMap(list -> list.priceFor(sku, product.details().listPrice()));
        return new PricedProduct(ProductEvents.snapshot(product), price.orElseThrow(() -> notFound(sku)));
    }

    /** The caller's own products, any status or one, by SKU. */
    public Products.OwnedPage list(Caller caller, ProductStatus status, int page, int size) {
        CatalogAccess.requireReader(caller);
        if (!caller.is(TenantKind.MANUFACTURER)) {
            return new Products.OwnedPage(List.of(), 0);
        }
        return products.listOwned(caller.tenantId(), status, page, size);
    }

    private PricedProduct change(Caller caller, String sku, Function<Product, List<ProductChange>> verb, String outcome) {
        ProductState current = products.find(sku).filter(p -> p.isOwnedBy(caller.tenantId()))
            .orElseThrow(() -> notFound(sku));
        Product product = Product.restore(current);
        List<ProductChange> changes = verb.apply(product);
        if (changes.isEmpty()) {
            metrics.written("api", "unchanged", 1);
            return new PricedProduct(ProductEvents.snapshot(current), current.details().listPrice());
        }
        List<ProductEvent> events = ProductEvents.of(changes);
        try {
            products.update(product.state(), current.version(), events);
        } catch (Products.ConcurrentUpdate e) {
            throw new Conflict(CatalogProblems.CONCURRENT_UPDATE, e.getMessage());
        }
        metrics.written("api", outcome, 1);
        return written(product.state());
    }

    private PricedProduct written(ProductState state) {
        local.publishEvent(new ProductsWritten(List.of(ProductEvents.snapshot(state))));
        return new PricedProduct(ProductEvents.snapshot(state), state.details().listPrice());
    }

    private ProductDetails validate(ProductInput input, List<Violation> unreadable) {
        if (!unreadable.isEmpty() && unreadable.get(0).field().equals("body")) {
            metrics.written("api", "rejected", 1);
            throw new InvalidProduct(unreadable);
        }
        try {
            return ProductRules.validate(input, unreadable);
        } catch (InvalidProduct e) {
            metrics.written("api", "rejected", 1);
            throw e;
        }
    }

    private static NotFound notFound(String sku) {
        return new NotFound("Product", sku);
    }
}
