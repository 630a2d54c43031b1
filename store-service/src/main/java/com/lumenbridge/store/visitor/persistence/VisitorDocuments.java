package com.lumenbridge.store.visitor.persistence;

import com.lumenbridge.store.visitor.domain.Visitor;
import org.bson.Document;

/** Reads and writes the embedded visitor document. */
public final class VisitorDocuments {

    private VisitorDocuments() {
    }

    public static Document toDocument(Visitor v) {
        return v == null ? null : new Document("email", v.email()).append("phone", v.phone()).append("name", v.name())
            .append("recordConsent", v.recordConsent()).append("marketingConsent", v.marketingConsent())
            .append("analyticsConsent", v.analyticsConsent());
    }

    public static Visitor toVisitor(Document d) {
        return d == null ? null : new Visitor(d.getString("email"), d.getString("phone"), d.getString("name"),
            d.getBoolean("recordConsent", false), d.getBoolean("marketingConsent", false), d.getBoolean("analyticsConsent", false));
    }
}
