package com.lumenbridge.order.order.application;

import com.lumenbridge.order.catalog.application.Offers;
import com.lumenbridge.order.catalog.domain.Offer;
import com.lumenbridge.order.common.NotPermitted;
import com.lumenbridge.order.common.Page;
import com.lumenbridge.order.common.PageRequest;
import com.lumenbridge.order.order.domain.Order;
import com.lumenbridge.order.order.domain.OrderLine;
import com.lumenbridge.order.order.domain.OrderStatus;
import com.lumenbridge.order.order.domain.Party;
import com.lumenbridge.order.order.domain.PartyMayNot;
import com.lumenbridge.order.order.domain.ShortLine;
import com.lumenbridge.order.order.domain.TransitionNotAllowed;
import com.lumenbridge.order.order.persistence.MongoIdempotencyKeys;
import com.lumenbridge.order.order.persistence.MongoOrders;
import com.lumenbridge.order.store.application.StoreCheck;
import com.lumenbridge.platform.events.crm.IdentityKeys;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import com.lumenbridge.platform.problem.ProblemTypes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order use cases: placing (idempotent per storefront and key), reading scoped to the caller's
 * role, the parties' transitions, and the saga steps store-service's answers drive. Every change is
 * one guarded write of the order document with its event in the same document's outbox.
 */
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    public static final java.net.URI STATUS_CONFLICT = ProblemTypes.of("order-status-conflict");
    public static final java.net.URI IDEMPOTENCY_MISMATCH = ProblemTypes.of("idempotency-key-reused");
    private static final int MAX_ATTEMPTS = 5;
    private static final int ACCEPTED = 202;

    private final MongoOrders orders;
    private final MongoIdempotencyKeys keys;
    private final Offers offers;
    private final StoreCheck stores;
    private final Clock clock;
    private final Duration keyRetention;
    private final MeterRegistry meters;
    private final Timer toConfirmed;
    private final Timer toReady;

    public OrderService(MongoOrders orders, MongoIdempotencyKeys keys, Offers offers, StoreCheck stores, Clock clock,
            Duration keyRetention, MeterRegistry meters) {
        this.orders = orders;
        this.keys = keys;
        this.offers = offers;
        this.stores = stores;
        this.clock = clock;
        this.keyRetention = keyRetention;
        this.meters = meters;
        this.toConfirmed = Timer.builder("lumenbridge.orders.time.to.confirmed")
            .description("From POST /api/orders to CONFIRMED")
            .publishPercentileHistogram()
            .register(meters);
        this.toReady = Timer.builder("lumenbridge.orders.time.to.ready")
            .description("From CONFIRMED to READY_FOR_PICKUP: how long the dealer takes to have the goods at the counter")
            .publishPercentileHistogram()
            .register(meters);
    }

    /** The answer a placement gives, for order {@code orderId}, and whether it replays an earlier identical request's. */
    public record Placement(String orderId, MongoIdempotencyKeys.FirstAnswer answer, boolean replayed) {
    }

    /**
     * Places an order for the storefront behind {@code caller}. {@code token} is the caller's own
     * internal token, forwarded if catalog-service or store-service must be asked. The first request
     * answers 202 with {@code render} of the new order, and that answer is kept with the key: the same
     * key with the same body answers exactly it again, whatever the order became since; with another
     * body, 422.
     */
    public Placement place(Caller caller, String token, String idempotencyKey, String requestHash, OrderRequest request,
            Function<Order, String> render) {
        requireStorefront(caller);
        caller.require(Scope.ORDERS_WRITE);
        Instant now = clock.instant();
        // a new key, the common case, costs the claim's insert alone: the key is looked up only when the
        // claim finds it taken, or when the order cannot be built now (the first request with this key
        // may have been accepted when it still could be, and a replay answers what the first got)
        Order order;
        try {
            order = build(UUID.randomUUID().toString(), caller, token, request, now);
        } catch (ApiException refused) {
            Optional<MongoIdempotencyKeys.Claim> earlier = keys.find(caller.tenantId(), idempotencyKey, now);
            if (earlier.isPresent()) {
                return replay(caller, token, requestHash, request, earlier.get(), render);
            }
            throw refused;
        }
        MongoIdempotencyKeys.FirstAnswer answer = new MongoIdempotencyKeys.FirstAnswer(ACCEPTED, render.apply(order));
        Optional<MongoIdempotencyKeys.Claim> first = keys.claim(caller.tenantId(), idempotencyKey,
            new MongoIdempotencyKeys.Claim(requestHash, order.id(), now, answer), order.manufacturerId(), identityKeys(order),
            now.plus(keyRetention));
        if (first.isPresent()) {
            // a concurrent request with the same key claimed it first
            return replay(caller, token, requestHash, request, first.get(), render);
        }
        insert(order);
        return new Placement(order.id(), answer, false);
    }

    private Placement replay(Caller caller, String token, String requestHash, OrderRequest request,
            MongoIdempotencyKeys.Claim claim, Function<Order, String> render) {
        if (!claim.requestHash().equals(requestHash)) {
            throw new InvalidInput(List.of(new FieldError("Idempotency-Key",
                "was already used with a different request body; use a new key for a new order")));
        }
        Optional<Order> existing = orders.find(claim.orderId());
        if (existing.isEmpty()) {
            // the first request claimed the key but has not written (or died before writing) its order:
            // writing it under the claimed id and time is harmless, the order's _id lets only one write win,
            // and it is the order the kept answer describes
            insert(build(claim.orderId(), caller, token, request, claim.placedAt()));
        }
        if (claim.answer() != null) {
            return new Placement(claim.orderId(), claim.answer(), true);
        }
        // the answer was dropped by an erasure (or predates kept answers): the order as it is now
        Order current = existing.or(() -> orders.find(claim.orderId())).orElseThrow();
        return new Placement(claim.orderId(), new MongoIdempotencyKeys.FirstAnswer(ACCEPTED, render.apply(current)), true);
    }

    private void insert(Order order) {
        if (orders.insert(order, identityKeys(order), List.of(OrderEvents.placed(order)))) {
            counted(OrderStatus.PENDING);
        }
    }

    private static List<String> identityKeys(Order order) {
        return Stream.concat(IdentityKeys.emailKey(order.customer().email()).stream(),
            IdentityKeys.phoneKey(order.customer().phone()).stream()).toList();
    }

    /**
     * Prices every line at the storefront's price list, checks they are of one manufacturer, and that
     * an in-store order's store can fulfil it (as far as store-service can say right now).
     */
    private Order build(String orderId, Caller caller, String token, OrderRequest request, Instant now) {
        Map<String, Optional<Offer>> found = offers.resolve(caller.tenantId(), token,
            request.lines().stream().map(OrderRequest.Line::sku).toList());
        List<FieldError> errors = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        String manufacturer = null;
        for (int i = 0; i < request.lines().size(); i++) {
            OrderRequest.Line line = request.lines().get(i);
            Optional<Offer> offer = found.get(line.sku());
            if (offer.isEmpty()) {
                errors.add(new FieldError("lines[" + i + "].sku",
                    "is not offered to this storefront (unknown, not ACTIVE, or its manufacturer is not a partner)"));
                continue;
            }
            if (manufacturer == null) {
                manufacturer = offer.get().manufacturerId();
            } else if (!manufacturer.equals(offer.get().manufacturerId())) {
                errors.add(new FieldError("lines[" + i + "].sku",
                    "is of another manufacturer than lines[0]; all lines of one order belong to one manufacturer"));
                continue;
            }
            lines.add(new OrderLine(line.sku(), line.quantity(), offer.get().unitPrice()));
        }
        if (errors.isEmpty() && lines.stream().map(l -> l.unitPrice().currency()).distinct().count() > 1) {
            errors.add(new FieldError("lines", "are priced in more than one currency"));
        }
        if (errors.isEmpty() && request.fulfillment().type().inStore()) {
            stores.refusal(caller.tenantId(), token, request.fulfillment().storeId(), manufacturer, request.fulfillment().type())
                .ifPresent(why -> errors.add(new FieldError("fulfillment.storeId", why)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Order.place(orderId, caller.tenantId(), manufacturer, request.fulfillment(), lines, request.customer(), now);
    }

    /** The order if the caller may see it: its storefront, its fulfiller, its manufacturer; otherwise 404. */
    public Order get(Caller caller, String id) {
        caller.require(Scope.ORDERS_READ);
        Order order = orders.find(id).orElseThrow(() -> new NotFound("order", id));
        partyOf(caller, order).orElseThrow(() -> new NotFound("order", id));
        return order;
    }

    /** The caller's orders: a storefront's own, those routed to a dealer's stores, those of a manufacturer's products. */
    public Page<Order> list(Caller caller, OrderStatus status, PageRequest page) {
        caller.require(Scope.ORDERS_READ);
        return switch (caller.kind()) {
            case STOREFRONT -> orders.list("tenantId", caller.tenantId(), status, page);
            case DEALER -> orders.list("fulfillerId", caller.tenantId(), status, page);
            case MANUFACTURER -> orders.list("manufacturerId", caller.tenantId(), status, page);
            case OPERATOR -> new Page<>(List.of(), 0, page.page(), page.size());
        };
    }

    public Order cancel(Caller caller, String id) {
        return byParty(caller, id, (order, party) -> order.cancel(party, clock.instant()));
    }

    public Order markReady(Caller caller, String id) {
        return byParty(caller, id, (order, party) -> order.markReady(party, clock.instant()));
    }

    public Order complete(Caller caller, String id) {
        return byParty(caller, id, (order, party) -> order.complete(party, clock.instant()));
    }

    public Order decline(Caller caller, String id) {
        return byParty(caller, id, (order, party) -> order.decline(party, clock.instant()));
    }

    private interface Verb {
        Order apply(Order order, Party party);
    }

    private Order byParty(Caller caller, String id, Verb verb) {
        caller.require(Scope.ORDERS_WRITE);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Order order = orders.find(id).orElseThrow(() -> new NotFound("order", id));
            Party party = partyOf(caller, order).orElseThrow(() -> new NotFound("order", id));
            Order next;
            try {
                next = verb.apply(order, party);
            } catch (PartyMayNot e) {
                throw new NotPermitted(e.getMessage());
            } catch (TransitionNotAllowed e) {
                throw new Conflict(STATUS_CONFLICT, e.getMessage());
            }
            if (orders.transition(order, next, List.of(OrderEvents.entered(next)))) {
                counted(next.status());
                if (next.status() == OrderStatus.READY_FOR_PICKUP) {
                    // CONFIRMED is the step before READY, so the order's last change was its confirmation
                    toReady.record(Duration.between(order.updatedAt(), next.updatedAt()));
                }
                return next;
            }
        }
        throw new Conflict(STATUS_CONFLICT, "order '" + id + "' kept changing; read it and try again");
    }

    /** store-service holds every line: CONFIRMED. A redelivery or an order already moved on changes nothing. */
    public void reserved(String orderId, String locationId, String fulfillerId, Instant holdExpiresAt) {
        Optional<Order> confirmed = fromStore(orderId, o -> o.confirm(Party.STORE_SERVICE, locationId, fulfillerId,
            holdExpiresAt, clock.instant()));
        confirmed.ifPresent(o -> toConfirmed.record(Duration.between(o.placedAt(), o.updatedAt())));
    }

    public void rejected(String orderId, String reason, List<ShortLine> shorts) {
        fromStore(orderId, o -> o.reject(Party.STORE_SERVICE, reason, shorts, clock.instant()));
    }

    public void expired(String orderId) {
        fromStore(orderId, o -> o.expire(Party.STORE_SERVICE, clock.instant()));
    }

    private Optional<Order> fromStore(String orderId, UnaryOperator<Order> verb) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Order> found = orders.find(orderId);
            if (found.isEmpty()) {
                log.warn("store-service answered for order {}, which order-service does not know", orderId);
                return Optional.empty();
            }
            Order next;
            try {
                next = verb.apply(found.get());
            } catch (TransitionNotAllowed e) {
                // a redelivery, or the order moved on first (cancelled while store-service reserved): the
                // store's consequence of that move (release) is already on its way
                log.info("Ignoring store-service's answer: {}", e.getMessage());
                return Optional.empty();
            }
            if (orders.transition(found.get(), next, List.of(OrderEvents.entered(next)))) {
                counted(next.status());
                return Optional.of(next);
            }
        }
        throw new IllegalStateException("order " + orderId + " kept changing while applying store-service's answer");
    }

    /** The CRM erased a customer of {@code manufacturerId}: mask them on that manufacturer's orders. */
    public long eraseCustomer(String manufacturerId, List<String> identityKeys) {
        keys.forgetAnswers(manufacturerId, identityKeys);
        long masked = orders.maskCustomers(manufacturerId, identityKeys);
        if (masked > 0) {
            log.info("Masked the customer of {} orders of manufacturer {}", masked, manufacturerId);
        }
        return masked;
    }

    public long purgeExpiredKeys() {
        return keys.purgeExpired(clock.instant());
    }

    /** The caller's part in {@code order}, empty when the order is none of its business. */
    static Optional<Party> partyOf(Caller caller, Order order) {
        String tenant = caller.tenantId();
        if (caller.is(TenantKind.STOREFRONT) && tenant.equals(order.storefrontId())) {
            return Optional.of(Party.STOREFRONT);
        }
        if ((caller.is(TenantKind.DEALER) || caller.is(TenantKind.MANUFACTURER)) && tenant.equals(order.fulfillerId())) {
            return Optional.of(Party.FULFILLER);
        }
        if (caller.is(TenantKind.MANUFACTURER) && tenant.equals(order.manufacturerId())) {
            return Optional.of(Party.MANUFACTURER);
        }
        return Optional.empty();
    }

    private static void requireStorefront(Caller caller) {
        if (!caller.is(TenantKind.STOREFRONT)) {
            throw new NotPermitted("only a storefront places orders");
        }
    }

    private void counted(OrderStatus status) {
        meters.counter("lumenbridge.orders.status", "status", status.name()).increment();
    }
}
