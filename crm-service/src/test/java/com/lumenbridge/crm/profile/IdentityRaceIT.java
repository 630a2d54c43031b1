package com.lumenbridge.crm.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.domain.Contact;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.persistence.MongoProfiles;
import com.lumenbridge.crm.support.CrmTestContext;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Many writers touching one person at once, the way two partitions and an import would: one profile
 * results — whether the touches come one by one or as the batches of a poll.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CrmTestContext.class)
@WithEmbeddedInfrastructure
class IdentityRaceIT {

    @Autowired
    ProfileService profiles;
    @Autowired
    MongoProfiles stored;

    @Test
    void concurrentTouchesByEmailByPhoneAndByBothEndInOneProfileHoldingEveryTouch() throws Exception {
        String tenant = "maker-" + UUID.randomUUID();
        List<Contact> contacts = List.of(Contact.of("race@example.com", null, "R"), Contact.of(null, "+8613811112222", "R"),
            Contact.of("race@example.com", "+8613811112222", "R"));
        int writers = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> landed = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Contact contact = contacts.get(i % contacts.size());
            String visit = "visit-" + i;
            landed.add(pool.submit(() -> {
                start.await();
                return profiles.touch(tenant, contact, "race", p -> p.recordVisit(
                    new History.VisitEntry(visit, "store-1", Instant.parse("2026-01-01T00:00:00Z")))).profileId();
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        for (Future<String> f : landed) {
            ids.add(f.get());
        }
        pool.shutdown();

        List<ProfileState> active = new ArrayList<>();
        stored.forEachActive(tenant, null, active::add);
        assertThat(active).hasSize(1);
        ProfileState person = active.get(0);
        assertThat(person.emails()).containsExactly("race@example.com");
        assertThat(person.phones()).containsExactly("+8613811112222");
        assertThat(person.history().visits()).hasSize(writers);
        for (String id : ids) {
            assertThat(profiles.follow(id).orElseThrow().id()).isEqualTo(person.id());
        }
    }

    @Test
    void concurrentBatchesAndSingleTouchesOfTheSamePeopleEndInOneProfileEachHoldingEveryTouch() throws Exception {
        String tenant = "maker-" + UUID.randomUUID();
        List<List<Contact>> people = List.of(
            List.of(Contact.of("ann@example.com", null, "A"), Contact.of(null, "+8613811113333", "A"),
                Contact.of("ann@example.com", "+8613811113333", "A")),
            List.of(Contact.of("bo@example.com", null, "B")),
            List.of(Contact.of(null, "+8613811114444", "C"), Contact.of("cy@example.com", "+8613811114444", "C")));
        int writers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                List<ProfileService.Touch> batch = new ArrayList<>();
                for (int p = 0; p < people.size(); p++) {
                    List<Contact> contacts = people.get(p);
                    for (int c = 0; c < contacts.size(); c++) {
                        String visit = "visit-" + writer + "-" + p + "-" + c;
                        ProfileService.Touch touch = new ProfileService.Touch(tenant, contacts.get(c), "race",
                            profile -> profile.recordVisit(new History.VisitEntry(visit, "store-1",
                                Instant.parse("2026-01-01T00:00:00Z"))));
                        if (writer % 3 == 0) {
                            profiles.touch(tenant, touch.contact(), touch.reason(), touch.change());
                        } else {
                            batch.add(touch);
                        }
                    }
                }
                profiles.touchAll(batch);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        List<ProfileState> active = new ArrayList<>();
        stored.forEachActive(tenant, null, active::add);
        assertThat(active).extracting(ProfileState::name).containsExactlyInAnyOrder("A", "B", "C");
        for (ProfileState person : active) {
            int touches = switch (person.name()) {
                case "A" -> 3;
                case "B" -> 1;
                default -> 2;
            };
            assertThat(person.history().visits()).hasSize(writers * touches);
        }
        assertThat(active).filteredOn(p -> p.name().equals("A")).singleElement()
            .satisfies(a -> assertThat(a.phones()).containsExactly("+8613811113333"))
            .satisfies(a -> assertThat(a.emails()).containsExactly("ann@example.com"));
    }
}
