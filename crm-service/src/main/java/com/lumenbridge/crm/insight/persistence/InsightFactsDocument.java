package com.lumenbridge.crm.insight.persistence;

import com.lumenbridge.crm.insight.domain.InsightFacts;
import com.lumenbridge.crm.profile.domain.ProfileState;
import java.util.List;
import org.bson.Document;

/**
 * {@link InsightFacts} as the {@code insight} field of a profile document, written with the profile
 * itself (so it can never disagree with it) and read alone by {@link MongoInsightFacts}.
 */
public final class InsightFactsDocument {

    public static final String FIELD = "insight";

    private InsightFactsDocument() {
    }

    /** The field's value for {@code profile}: {@code null} when the profile does not count in insights. */
    public static Document of(ProfileState profile) {
        return InsightFacts.of(profile).map(InsightFactsDocument::write).orElse(null);
    }

    private static Document write(InsightFacts facts) {
        return new Document("classification", facts.classification())
            .append("category", facts.preferredCategory())
            .append("cctBand", facts.preferredCctBand())
            .append("priceBand", facts.preferredPriceBand())
            .append("channelMix", facts.channelMix())
            .append("online", facts.onlineOrders())
            .append("offline", facts.offlineSales())
            .append("appointments", facts.appointments().stream().map(a -> new Document("store", a.storeId())
                .append("booked", a.appointments()).append("converted", a.converted())).toList())
            .append("triesClosed", facts.triesClosed())
            .append("triesBought", facts.triesBought());
    }

    static InsightFacts read(Document doc) {
        List<InsightFacts.StoreAppointments> appointments = doc.getList("appointments", Document.class, List.of()).stream()
            .map(a -> new InsightFacts.StoreAppointments(a.getString("store"), number(a, "booked"), number(a, "converted")))
            .toList();
        return new InsightFacts(doc.getString("classification"), doc.getString("category"), doc.getString("cctBand"),
            doc.getString("priceBand"), doc.getString("channelMix"), number(doc, "online"), number(doc, "offline"),
            appointments, number(doc, "triesClosed"), number(doc, "triesBought"));
    }

    private static long number(Document doc, String field) {
        return ((Number) doc.get(field)).longValue();
    }
}
