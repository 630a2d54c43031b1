package com.lumenbridge.crm.profile.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Recency-frequency-monetary scores on fixed, documented thresholds rather than quintiles of the
 * base, so a score means the same thing in every manufacturer's CRM and does not move when other
 * people buy. Recency decays with time alone, which is why a scheduled job recomputes it.
 * <ul>
 * <li>recency, days since the last purchase: ≤ 30 → 5, ≤ 90 → 4, ≤ 180 → 3, ≤ 365 → 2, older → 1;</li>
 * <li>frequency, purchases: ≥ 10 → 5, ≥ 5 → 4, ≥ 3 → 3, 2 → 2, 1 → 1;</li>
 * <li>monetary, value in major units: ≥ 1000 → 5, ≥ 500 → 4, ≥ 200 → 3, ≥ 50 → 2, less → 1.</li>
 * </ul>
 * A person with no purchase scores 0 on all three.
 */
public final class RfmPolicy {

    private RfmPolicy() {
    }

    public static Rfm score(Derived derived, Instant now) {
        if (derived.orderCount() == 0 || derived.lastPurchaseAt() == null) {
            return Rfm.NONE;
        }
        long days = Math.max(0, Duration.between(derived.lastPurchaseAt(), now).toDays());
        int recency = days <= 30 ? 5 : days <= 90 ? 4 : days <= 180 ? 3 : days <= 365 ? 2 : 1;
        int n = derived.orderCount();
        int frequency = n >= 10 ? 5 : n >= 5 ? 4 : n >= 3 ? 3 : n == 2 ? 2 : 1;
        long v = derived.orderValueMinor();
        int monetary = v >= 100_000 ? 5 : v >= 50_000 ? 4 : v >= 20_000 ? 3 : v >= 5_000 ? 2 : 1;
        return new Rfm(recency, frequency, monetary);
    }
}
