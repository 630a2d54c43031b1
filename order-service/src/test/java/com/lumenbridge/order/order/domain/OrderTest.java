package com.lumenbridge.order.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

    private static final Instant PLACED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");
    private static final Set<FulfillmentType> ALL = EnumSet.allOf(FulfillmentType.class);
    private static final Set<FulfillmentType> IN_STORE = EnumSet.of(FulfillmentType.PICKUP, FulfillmentType.RESERVE_AND_TRY);

    /** The status machine of DESIGN.md written out by hand: (from, transition) → fulfillment types that allow it. */
    private static final Map<OrderStatus, Map<Transition, Set<FulfillmentType>>> ALLOWED = Map.of(
        OrderStatus.PENDING, Map.of(Transition.CONFIRM, ALL, Transition.REJECT, ALL, Transition.CANCEL, ALL),
        OrderStatus.CONFIRMED, Map.of(Transition.EXPIRE, ALL, Transition.CANCEL, ALL, Transition.MARK_READY, IN_STORE,
            Transition.COMPLETE, EnumSet.of(FulfillmentType.DELIVERY), Transition.DECLINE, IN_STORE),
        OrderStatus.READY_FOR_PICKUP, Map.of(Transition.EXPIRE, ALL, Transition.CANCEL, ALL, Transition.COMPLETE, IN_STORE,
            Transition.DECLINE, IN_STORE));

    /** Who may ask for each transition, by hand too. */
    private static final Map<Transition, Party> PARTY = Map.of(
        Transition.CONFIRM, Party.STORE_SERVICE, Transition.REJECT, Party.STORE_SERVICE, Transition.EXPIRE, Party.STORE_SERVICE,
        Transition.CANCEL, Party.STOREFRONT,
        Transition.MARK_READY, Party.FULFILLER, Transition.COMPLETE, Party.FULFILLER, Transition.DECLINE, Party.FULFILLER);

    private static final Map<Transition, OrderStatus> TARGET = Map.of(
        Transition.CONFIRM, OrderStatus.CONFIRMED, Transition.REJECT, OrderStatus.REJECTED, Transition.EXPIRE, OrderStatus.EXPIRED,
        Transition.CANCEL, OrderStatus.CANCELLED, Transition.MARK_READY, OrderStatus.READY_FOR_PICKUP,
        Transition.COMPLETE, OrderStatus.COMPLETED, Transition.DECLINE, OrderStatus.CLOSED_NO_SALE);

    static Stream<Arguments> everyTransitionFromEveryStatusByEveryParty() {
        List<Arguments> cases = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            for (FulfillmentType type : FulfillmentType.values()) {
                for (Transition transition : Transition.values()) {
                    for (Party party : Party.values()) {
                        cases.add(Arguments.of(status, type, transition, party));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {3} asks to {2}")
    @MethodSource("everyTransitionFromEveryStatusByEveryParty")
    void allowsExactlyTheTransitionsOfTheStatusMachineToTheirOwnParty(OrderStatus status, FulfillmentType type,
            Transition transition, Party party) {
        Order order = orderIn(status, type);
        boolean rightParty = PARTY.get(transition) == party;
        boolean allowed = ALLOWED.getOrDefault(status, Map.of()).getOrDefault(transition, Set.of()).contains(type);

        if (!rightParty) {
            assertThatThrownBy(() -> apply(transition).apply(order, party)).isInstanceOf(PartyMayNot.class);
        } else if (!allowed) {
            assertThatThrownBy(() -> apply(transition).apply(order, party)).isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining(status.name());
        } else {
            Order next = apply(transition).apply(order, party);
            assertThat(next.status()).isEqualTo(TARGET.get(transition));
            assertThat(next.updatedAt()).isEqualTo(NOW);
            assertThat(next.lines()).isEqualTo(order.lines());
            assertThat(next.total()).isEqualTo(order.total());
        }
    }

    @Test
    void everyFinalStatusRefusesEveryTransition() {
        for (OrderStatus status : OrderStatus.values()) {
            if (status.isFinal()) {
                assertThat(ALLOWED).doesNotContainKey(status);
            }
        }
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isFinal))
            .containsExactlyInAnyOrder(OrderStatus.REJECTED, OrderStatus.COMPLETED, OrderStatus.CLOSED_NO_SALE,
                OrderStatus.CANCELLED, OrderStatus.EXPIRED);
    }

    @Test
    void placingSnapshotsPricesAndTotalsThemAsPending() {
        Order order = Order.place("o-1", "shop", "maker", new Fulfillment(FulfillmentType.PICKUP, "store-1", null),
            List.of(new OrderLine("A60-9W", 2, new Money(399, "EUR")), new OrderLine("T8-TUBE", 3, new Money(1250, "EUR"))),
            customer(), PLACED);

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualTo(new Money(2 * 399 + 3 * 1250, "EUR"));
        assertThat(order.placedAt()).isEqualTo(PLACED);
        assertThat(order.fulfillerId()).isNull();
    }

    @Test
    void refusesLinesInTwoCurrenciesTheSameSkuTwiceAndQuantitiesOutside1To999() {
        Fulfillment pickup = new Fulfillment(FulfillmentType.PICKUP, "store-1", null);
        assertThatThrownBy(() -> Order.place("o-1", "shop", "maker", pickup,
            List.of(new OrderLine("A", 1, new Money(1, "EUR")), new OrderLine("B", 1, new Money(1, "USD"))), customer(), NOW))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.place("o-1", "shop", "maker", pickup,
            List.of(new OrderLine("A", 1, new Money(1, "EUR")), new OrderLine("A", 2, new Money(1, "EUR"))), customer(), NOW))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine("A", 0, new Money(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine("A", 1000, new Money(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.place("o/1", "shop", "maker", pickup,
            List.of(new OrderLine("A", 1, new Money(1, "EUR"))), customer(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confirmationRecordsTheLocationItsOwnerAndTheHold() {
        Instant holdUntil = NOW.plusSeconds(3600);
        Order confirmed = orderIn(OrderStatus.PENDING, FulfillmentType.PICKUP)
            .confirm(Party.STORE_SERVICE, "store-1", "dealer-1", holdUntil, NOW);

        assertThat(confirmed.locationId()).isEqualTo("store-1");
        assertThat(confirmed.fulfillerId()).isEqualTo("dealer-1");
        assertThat(confirmed.holdExpiresAt()).isEqualTo(holdUntil);
    }

    @Test
    void rejectionKeepsTheReasonAndTheShortLines() {
        Order rejected = orderIn(OrderStatus.PENDING, FulfillmentType.PICKUP)
            .reject(Party.STORE_SERVICE, "INSUFFICIENT_STOCK", List.of(new ShortLine("A60-9W", 2, 1)), NOW);

        assertThat(rejected.statusReason()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(rejected.shortLines()).containsExactly(new ShortLine("A60-9W", 2, 1));
    }

    @Test
    void maskingTheCustomerLeavesNoPersonalDataOrConsent() {
        Order masked = orderIn(OrderStatus.COMPLETED, FulfillmentType.PICKUP).withCustomerMasked();

        assertThat(masked.customer()).isEqualTo(new Customer("erased", null, "erased", false, null));
        assertThat(masked.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    private static BiFunction<Order, Party, Order> apply(Transition transition) {
        return switch (transition) {
            case CONFIRM -> (o, p) -> o.confirm(p, "loc-1", "dealer-1", NOW.plusSeconds(60), NOW);
            case REJECT -> (o, p) -> o.reject(p, "INSUFFICIENT_STOCK", List.of(new ShortLine("A60-9W", 2, 1)), NOW);
            case EXPIRE -> (o, p) -> o.expire(p, NOW);
            case CANCEL -> (o, p) -> o.cancel(p, NOW);
            case MARK_READY -> (o, p) -> o.markReady(p, NOW);
            case COMPLETE -> (o, p) -> o.complete(p, NOW);
            case DECLINE -> (o, p) -> o.decline(p, NOW);
        };
    }

    private static Order orderIn(OrderStatus status, FulfillmentType type) {
        Fulfillment fulfillment = type.inStore() ? new Fulfillment(type, "store-1", null)
            : new Fulfillment(type, null, new Address("1 Light St", null, "Shanghai", null, "CN"));
        boolean located = status != OrderStatus.PENDING && status != OrderStatus.REJECTED;
        return new Order("o-1", "shop", "maker", fulfillment, List.of(new OrderLine("A60-9W", 2, new Money(399, "EUR"))),
            new Money(798, "EUR"), customer(), status, null, List.of(), located ? "loc-1" : null,
            located ? "dealer-1" : null, null, PLACED, PLACED);
    }

    private static Customer customer() {
        return new Customer("li@example.com", "+8613800000000", "Li Wei", true, null);
    }
}
