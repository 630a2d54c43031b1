package com.lumenbridge.crm.imports.domain;

import com.lumenbridge.crm.profile.domain.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One legacy CRM row, read through a {@link ColumnMapping}. Consent decisions without a date are
 * dated at the epoch: legacy data is older than any live decision, so a checkout or counter consent
 * always wins over it, and importing the file again never overrides a newer choice.
 */
public record LegacyRow(Contact contact, String legacyId, boolean tradeAccount, Boolean marketingConsent,
        Boolean analyticsConsent, Instant consentAt, Instant customerSince) {

    public static LegacyRow read(Map<String, String> cells, ColumnMapping mapping, List<RowError> errors, long row) {
        int before = errors.size();
        String email = mapping.cell(cells, "email");
        String phone = mapping.cell(cells, "phone");
        Contact contact = Contact.of(email, phone, mapping.cell(cells, "name"));
        if (email != null && contact.email() == null) {
            errors.add(new RowError(row, "email", "'" + email + "' is not an email address"));
        }
        if (phone != null && contact.phone() == null) {
            errors.add(new RowError(row, "phone", "'" + phone + "' is not an E.164 number with a country code"));
        }
        if (email == null && phone == null) {
            errors.add(new RowError(row, "email", "the row has neither an email nor a phone"));
        }
        String legacyId = mapping.cell(cells, "legacyId");
        if (legacyId != null && legacyId.length() > 100) {
            errors.add(new RowError(row, "legacyId", "must be at most 100 characters"));
        }
        Boolean trade = flag(mapping.cell(cells, "tradeAccount"), "tradeAccount", errors, row);
        Boolean marketing = flag(mapping.cell(cells, "marketingConsent"), "marketingConsent", errors, row);
        Boolean analytics = flag(mapping.cell(cells, "analyticsConsent"), "analyticsConsent", errors, row);
        Instant consentAt = date(mapping.cell(cells, "consentAt"), "consentAt", errors, row);
        Instant since = date(mapping.cell(cells, "customerSince"), "customerSince", errors, row);
        if (errors.size() > before) {
            return null;
        }
        return new LegacyRow(contact, legacyId, Boolean.TRUE.equals(trade), marketing, analytics,
            consentAt == null ? Instant.EPOCH : consentAt, since);
    }

    private static Boolean flag(String value, String field, List<RowError> errors, long row) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                errors.add(new RowError(row, field, "'" + value + "' is not yes/no, true/false or 1/0"));
                yield null;
            }
        };
    }

    private static Instant date(String value, String field, List<RowError> errors, long row) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, field, "'" + value + "' is not a date (2024-05-31) or an instant"));
            return null;
        }
    }
}
