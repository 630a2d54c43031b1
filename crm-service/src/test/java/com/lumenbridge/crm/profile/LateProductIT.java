package com.lumenbridge.crm.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.profile.domain.CustomerType;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.PurchaseLine;
import com.lumenbridge.crm.support.Broker;
import com.lumenbridge.crm.support.CrmTestContext;
import com.lumenbridge.crm.support.Events;
import com.lumenbridge.platform.events.store.OfflineSaleRecorded;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A sale of a SKU the product projection has not seen yet is re-derived when the product arrives. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CrmTestContext.class)
@WithEmbeddedInfrastructure
class LateProductIT {

    @Autowired
    Profiles profiles;

    @Test
    void aSaleOfAnUnknownSkuCountsWithItsCategoryAndSegmentOnceTheProductArrives() {
        String maker = "maker-" + UUID.randomUUID();
        Instant soldAt = Instant.now().minus(Duration.ofDays(2));
        Broker.publish(new OfflineSaleRecorded("sale-" + UUID.randomUUID(), "store-1", "dealer-1", List.of(maker),
            soldAt, List.of(new StockLine("HB-LATE", 3)), Events.visitor("late@example.com", null, "Late")), maker);

        // a new person's profile is inserted first and the sale applied by a second write: wait for both
        ProfileState before = await().atMost(Duration.ofSeconds(30)).until(() -> only(maker),
            p -> p != null && !p.history().sales().isEmpty());
        assertThat(before.history().sales().values()).singleElement()
            .satisfies(s -> assertThat(s.lines()).containsExactly(new PurchaseLine("HB-LATE", 3, null, null, null, null)));
        assertThat(before.derived().preferredCategory()).isNull();
        assertThat(before.classification().type()).isEqualTo(CustomerType.MASS);

        Broker.publish(Events.product(maker, "HB-LATE", "high-bay", "PROFESSIONAL", 5000, 15_000), maker);

        ProfileState after = await().atMost(Duration.ofSeconds(30)).until(() -> only(maker),
            p -> p != null && "high-bay".equals(p.derived().preferredCategory()));
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.history().sales().values()).singleElement().satisfies(s -> assertThat(s.lines())
            .containsExactly(new PurchaseLine("HB-LATE", 3, 15_000L, "high-bay", "PROFESSIONAL", 5000)));
        assertThat(after.derived().orderValueMinor()).isEqualTo(45_000);
        assertThat(after.classification().type()).isEqualTo(CustomerType.PROFESSIONAL);
        assertThat(after.classification().reasons()).anyMatch(r -> r.startsWith("PROFESSIONAL_SKU_SHARE"));
    }

    private ProfileState only(String maker) {
        List<ProfileState> found = new ArrayList<>();
        profiles.forEachActive(maker, null, found::add);
        return found.size() == 1 ? found.get(0) : null;
    }
}
