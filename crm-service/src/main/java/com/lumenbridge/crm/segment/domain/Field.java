package com.lumenbridge.crm.segment.domain;

import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.Purpose;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The profile fields a segment rule can test, with their type and, for closed vocabularies, the allowed values. */
public enum Field {
    CLASSIFICATION("classification", Type.TEXT, p -> p.classification().type().name(), Set.of("MASS", "PROFESSIONAL")),
    ORDER_COUNT("orderCount", Type.NUMBER, p -> p.derived().orderCount(), null),
    ONLINE_ORDERS("onlineOrders", Type.NUMBER, p -> p.derived().onlineOrders(), null),
    OFFLINE_SALES("offlineSales", Type.NUMBER, p -> p.derived().offlineSales(), null),
    ORDER_VALUE_MINOR("orderValueMinor", Type.NUMBER, p -> p.derived().orderValueMinor(), null),
    VISIT_COUNT("visitCount", Type.NUMBER, p -> p.derived().visitCount(), null),
    APPOINTMENT_COUNT("appointmentCount", Type.NUMBER, p -> p.derived().appointmentCount(), null),
    PROFESSIONAL_SHARE("professionalShare", Type.NUMBER, p -> p.derived().professionalShare(), null),
    LAST_ACTIVITY_AT("lastActivityAt", Type.TIME, p -> p.derived().lastActivityAt(), null),
    LAST_PURCHASE_AT("lastPurchaseAt", Type.TIME, p -> p.derived().lastPurchaseAt(), null),
    CHANNEL_MIX("channelMix", Type.TEXT, p -> p.derived().channelMix().name(), Set.of("NONE", "ONLINE", "OFFLINE", "BOTH")),
    PREFERRED_STORE("preferredStore", Type.TEXT, p -> p.derived().preferredStore(), null),
    PREFERRED_CATEGORY("preferredCategory", Type.TEXT, p -> p.derived().preferredCategory(), null),
    PREFERRED_CCT_BAND("preferredCctBand", Type.TEXT, p -> p.derived().preferredCctBand(),
        Set.of("warm", "neutral", "cool", "daylight")),
    PREFERRED_CCT_KELVIN("preferredCctKelvin", Type.NUMBER, p -> p.derived().preferredCctKelvin(), null),
    PREFERRED_PRICE_BAND("preferredPriceBand", Type.TEXT, p -> p.derived().preferredPriceBand(),
        Set.of("under-10", "10-25", "25-50", "50-100", "100-250", "250-plus")),
    RFM_RECENCY("rfmRecency", Type.NUMBER, p -> p.rfm().recency(), null),
    RFM_FREQUENCY("rfmFrequency", Type.NUMBER, p -> p.rfm().frequency(), null),
    RFM_MONETARY("rfmMonetary", Type.NUMBER, p -> p.rfm().monetary(), null),
    MARKETING_CONSENT("marketingConsent", Type.BOOLEAN, p -> p.consents().granted(Purpose.MARKETING), null);

    public enum Type {
        NUMBER, TEXT, BOOLEAN, TIME
    }

    private final String wireName;
    private final Type type;
    private final Function<ProfileState, Object> read;
    private final Set<String> allowed;

    Field(String wireName, Type type, Function<ProfileState, Object> read, Set<String> allowed) {
        this.wireName = wireName;
        this.type = type;
        this.read = read;
        this.allowed = allowed;
    }

    public String wireName() {
        return wireName;
    }

    public Type type() {
        return type;
    }

    /** The allowed values of a closed vocabulary, empty for an open one. */
    public Optional<Set<String>> allowed() {
        return Optional.ofNullable(allowed);
    }

    Object read(ProfileState profile) {
        return read.apply(profile);
    }

    Instant time(ProfileState profile) {
        return (Instant) read.apply(profile);
    }

    public static Optional<Field> named(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Field::wireName).toList();
    }
}
