package com.lumenbridge.crm.profile.domain;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.crm.CustomerErased;
import com.lumenbridge.platform.events.crm.CustomersMerged;
import com.lumenbridge.platform.events.crm.IdentityKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer profile being changed. Every verb checks the profile is still ACTIVE (a merged or erased
 * profile takes nothing) and records the integration events it causes; {@link #refresh} recomputes
 * derived fields, classification and RFM from the history.
 */
public final class Profile {

    private ProfileState state;
    private final List<IntegrationEvent> events = new ArrayList<>();

    private Profile(ProfileState state) {
        this.state = state;
    }

    public static Profile open(String id, String tenantId, Instant now) {
        return new Profile(new ProfileState(id, tenantId, ProfileStatus.ACTIVE, null, List.of(), 0, now, now, null,
            List.of(), List.of(), Consents.NONE, History.EMPTY, Derived.NONE, null, Rfm.NONE, List.of(), null));
    }

    public static Profile restore(ProfileState state) {
        return new Profile(state);
    }

    public ProfileState state() {
        return state;
    }

    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    /** Adds the contact's email and phone and takes its name when it has one. */
    public void addContact(Contact contact) {
        requireActive("add a contact");
        List<String> emails = add(state.emails(), contact.email());
        List<String> phones = add(state.phones(), contact.phone());
        String name = contact.name() != null ? contact.name() : state.name();
        state = with(name, emails, phones, state.consents(), state.history());
    }

    public void consent(Purpose purpose, Consent decision) {
        requireActive("record consent");
        state = with(state.name(), state.emails(), state.phones(), state.consents().with(purpose, decision), state.history());
    }

    /** Records a placed order once; a redelivered OrderPlaced does not reset a later status. */
    public void recordOrder(History.OrderEntry order) {
        requireActive("record an order");
        if (!state.history().orders().containsKey(order.orderId())) {
            history(state.history().withOrder(order));
        }
    }

    /** Moves a known order to {@code status}; a final status stays final. Returns whether the order is known. */
    public boolean orderStatus(String orderId, History.OrderStatus status, Instant at) {
        requireActive("record an order status");
        History.OrderEntry order = state.history().orders().get(orderId);
        if (order == null) {
            return false;
        }
        history(state.history().withOrder(order.withStatus(status, at)));
        return true;
    }

    /**
     * Fills in the lines of {@code facts.sku()} recorded while the product projection did not know the
     * SKU (no category), so preferences and classification count them from now on. A line keeps the
     * price its event carried; one without gets the list price, as an offline sale line would have.
     */
    public void productKnown(ProductFacts facts) {
        requireActive("record what a product is");
        History history = state.history();
        for (History.OrderEntry order : history.orders().values()) {
            List<PurchaseLine> lines = known(order.lines(), facts);
            if (!lines.equals(order.lines())) {
                history = history.withOrder(new History.OrderEntry(order.orderId(), order.fulfillment(),
                    order.storeId(), order.status(), order.totalMinor(), order.currency(), lines, order.placedAt(),
                    order.updatedAt()));
            }
        }
        for (History.SaleEntry sale : history.sales().values()) {
            List<PurchaseLine> lines = known(sale.lines(), facts);
            if (!lines.equals(sale.lines())) {
                history = history.withSale(new History.SaleEntry(sale.saleId(), sale.storeId(), lines, sale.soldAt()));
            }
        }
        history(history);
    }

    private static List<PurchaseLine> known(List<PurchaseLine> lines, ProductFacts facts) {
        return lines.stream().map(l -> !l.sku().equals(facts.sku()) || l.category() != null ? l
            : new PurchaseLine(l.sku(), l.quantity(), l.unitPriceMinor() != null ? l.unitPriceMinor()
                : facts.listPriceMinor(), facts.category(), facts.segment(), facts.cctKelvin())).toList();
    }

    public void recordAppointment(History.AppointmentEntry appointment) {
        requireActive("record an appointment");
        if (!state.history().appointments().containsKey(appointment.appointmentId())) {
            history(state.history().withAppointment(appointment));
        }
    }

    public boolean appointmentStatus(String appointmentId, History.AppointmentStatus status, Instant at) {
        requireActive("record an appointment status");
        History.AppointmentEntry current = state.history().appointments().get(appointmentId);
        if (current == null) {
            return false;
        }
        if (current.status() == History.AppointmentStatus.BOOKED) {
            history(state.history().withAppointment(new History.AppointmentEntry(current.appointmentId(),
                current.storeId(), current.service(), current.slotStart(), status, at)));
        }
        return true;
    }

    public void recordVisit(History.VisitEntry visit) {
        requireActive("record a visit");
        history(state.history().withVisit(visit));
    }

    public void recordSale(History.SaleEntry sale) {
        requireActive("record a sale");
        history(state.history().withSale(sale));
    }

    public void recordLegacy(History.LegacyEntry legacy) {
        requireActive("record a legacy CRM row");
        history(state.history().withLegacy(legacy));
    }

    /** Takes in everything {@code merged} held; records CustomersMerged. */
    public void absorb(ProfileState merged, String reason, Instant now) {
        requireActive("absorb another profile");
        if (merged.id().equals(state.id()) || !merged.tenantId().equals(state.tenantId())) {
            throw new IllegalArgumentException("a profile absorbs another profile of the same manufacturer");
        }
        List<String> emails = state.emails();
        for (String email : merged.emails()) {
            emails = add(emails, email);
        }
        List<String> phones = state.phones();
        for (String phone : merged.phones()) {
            phones = add(phones, phone);
        }
        String name = state.name() != null ? state.name() : merged.name();
        state = with(name, emails, phones, state.consents().merge(merged.consents()), state.history().union(merged.history()));
        List<String> from = new ArrayList<>(state.mergedFrom());
        if (!from.contains(merged.id())) {
            from.add(merged.id());
            events.add(new CustomersMerged(state.id(), merged.id(), state.tenantId(), reason, now));
        }
        from.addAll(merged.mergedFrom().stream().filter(id -> !from.contains(id)).toList());
        state = new ProfileState(state.id(), state.tenantId(), state.status(), null, from, state.version(),
            state.createdAt(), state.updatedAt(), state.name(), state.emails(), state.phones(), state.consents(),
            state.history(), state.derived(), state.classification(), state.rfm(), state.segments(), null);
    }

    /** Leaves only a pointer to the survivor: the person's data now lives there. */
    public void mergeInto(String survivorId) {
        requireActive("merge into another profile");
        state = new ProfileState(state.id(), state.tenantId(), ProfileStatus.MERGED, survivorId, state.mergedFrom(),
            state.version(), state.createdAt(), state.updatedAt(), null, List.of(), List.of(), Consents.NONE,
            History.EMPTY, Derived.NONE, null, Rfm.NONE, List.of(), null);
    }

    /** Anonymises irreversibly: nothing personal stays; CustomerErased carries only the opaque identity keys. */
    public void erase(Instant now) {
        requireActive("erase");
        Set<String> keys = new LinkedHashSet<>();
        state.emails().forEach(e -> IdentityKeys.emailKey(e).ifPresent(keys::add));
        state.phones().forEach(p -> IdentityKeys.phoneKey(p).ifPresent(keys::add));
        events.add(new CustomerErased(state.id(), state.tenantId(), List.copyOf(keys), now));
        state = new ProfileState(state.id(), state.tenantId(), ProfileStatus.ERASED, null, List.of(), state.version(),
            state.createdAt(), state.updatedAt(), null, List.of(), List.of(), Consents.NONE, History.EMPTY, Derived.NONE,
            null, Rfm.NONE, List.of(), now);
    }

    /** Recomputes derived fields, classification and RFM as of {@code now}. */
    public void refresh(Instant now) {
        if (!state.isActive()) {
            return;
        }
        Derived derived = Derivation.of(state.history());
        Classification classification = ClassificationPolicy.classify(state.history(), derived);
        Rfm rfm = RfmPolicy.score(derived, now);
        state = new ProfileState(state.id(), state.tenantId(), state.status(), state.mergedInto(), state.mergedFrom(),
            state.version(), state.createdAt(), state.updatedAt(), state.name(), state.emails(), state.phones(),
            state.consents(), state.history(), derived, classification, rfm, state.segments(), state.erasedAt());
    }

    public void memberOf(List<String> segmentIds) {
        state = new ProfileState(state.id(), state.tenantId(), state.status(), state.mergedInto(), state.mergedFrom(),
            state.version(), state.createdAt(), state.updatedAt(), state.name(), state.emails(), state.phones(),
            state.consents(), state.history(), state.derived(), state.classification(), state.rfm(),
            segmentIds.stream().sorted().toList(), state.erasedAt());
    }

    /** The state as it will be written: next version, stamped {@code now}. */
    public ProfileState toWrite(Instant now) {
        return state.stamped(state.version() + 1, now);
    }

    private void history(History history) {
        state = with(state.name(), state.emails(), state.phones(), state.consents(), history);
    }

    private ProfileState with(String name, List<String> emails, List<String> phones, Consents consents, History history) {
        return new ProfileState(state.id(), state.tenantId(), state.status(), state.mergedInto(), state.mergedFrom(),
            state.version(), state.createdAt(), state.updatedAt(), name, emails, phones, consents, history,
            state.derived(), state.classification(), state.rfm(), state.segments(), state.erasedAt());
    }

    private void requireActive(String what) {
        if (!state.isActive()) {
            throw new ProfileNotActive(state.id(), state.status(), what);
        }
    }

    private static List<String> add(List<String> values, String value) {
        if (value == null || values.contains(value)) {
            return values;
        }
        List<String> copy = new ArrayList<>(values);
        copy.add(Objects.requireNonNull(value));
        return copy;
    }
}
