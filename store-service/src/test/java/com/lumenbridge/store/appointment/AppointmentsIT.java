package com.lumenbridge.store.appointment;

import static com.lumenbridge.store.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.lumenbridge.store.appointment.application.AppointmentService;
import com.lumenbridge.store.appointment.domain.AppointmentStatus;
import com.lumenbridge.store.appointment.persistence.Appointments;
import com.lumenbridge.store.appointment.persistence.SlotPlaces;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.support.Api;
import com.lumenbridge.store.support.MutableClock;
import com.lumenbridge.store.support.TimeTravel;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TimeTravel.class)
@WithEmbeddedInfrastructure
class AppointmentsIT {

    @LocalServerPort
    int port;
    @Autowired
    Partnerships partnerships;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;
    @Autowired
    AppointmentService appointmentService;
    @Autowired
    Appointments appointments;
    @Autowired
    SlotPlaces places;

    private Api api;
    private Caller dealer;
    private Caller otherDealer;
    private String manufacturer;
    private LocalDate day;

    @BeforeEach
    void aPartneredDealer() {
        api = new Api(port, clock);
        dealer = Api.dealer();
        otherDealer = Api.dealer();
        manufacturer = "maker-" + UUID.randomUUID();
        partnerships.apply(manufacturer, dealer.tenantId(), 1, Partnerships.ACTIVE);
        day = Api.daysAhead(3);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void concurrentBookingsForOneSlotBookExactlyItsCapacityAndRefuseEveryOtherOne() throws Exception {
        String store = api.store(dealer, manufacturer, 5);
        String slot = Api.at(day, 10, 0);

        List<HttpProbe.Response> answers = race(40, i -> book(store, slot, "SHOWROOM", "v" + i + "@example.com"));

        assertThat(answers).hasSize(40);
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(5);
        List<HttpProbe.Response> refused = answers.stream().filter(r -> r.status() != 201).toList();
        assertThat(refused).hasSize(35).allSatisfy(r -> assertProblem(r, 409, "slot-full"));
        assertThat(database.getCollection(Appointments.COLLECTION).countDocuments(Filters.eq("storeId", store))).isEqualTo(5);
        JsonNode tenAm = slotAt(slots(store, "SHOWROOM"), slot);
        assertThat(tenAm.get("booked").asInt()).isEqualTo(5);
        assertThat(tenAm.get("free").asInt()).isZero();
        assertThat(tenAm.get("bookable").asBoolean()).isFalse();
        assertProblem(book(store, slot, "SHOWROOM", "late@example.com"), 409, "slot-full");
    }

    @Test
    void theBookingAfterTheLastFreePlaceIsRefusedAndACancellationFreesThePlaceAgain() {
        String store = api.store(dealer, manufacturer, 2);
        String slot = Api.at(day, 11, 30);
        HttpProbe.Response first = book(store, slot, "CONSULTATION", "a@example.com");
        assertThat(book(store, slot, "CONSULTATION", "b@example.com").status()).isEqualTo(201);

        HttpProbe.Response third = book(store, slot, "CONSULTATION", "c@example.com");

        assertProblem(third, 409, "slot-full");
        assertThat(third.json().get("detail").asText()).contains("fully booked (2 places)");
        assertThat(book(store, slot, "SHOWROOM", "c@example.com").status()).as("another service has its own places")
            .isEqualTo(201);
        String id = first.json().get("id").asText();
        assertThat(api.send(dealer, "POST", "/api/stores/" + store + "/appointments/" + id + "/cancel", null).status())
            .isEqualTo(200);
        assertThat(slotAt(slots(store, "CONSULTATION"), slot).get("free").asInt()).isEqualTo(1);
        assertThat(book(store, slot, "CONSULTATION", "c@example.com").status()).isEqualTo(201);
        assertProblem(book(store, slot, "CONSULTATION", "d@example.com"), 409, "slot-full");
    }

    @Test
    void retriesOfOneBookingUnderOneIdempotencyKeyTakeOnePlaceAndAnswerTheSameAppointment() throws Exception {
        String store = api.store(dealer, manufacturer, 3);
        String slot = Api.at(day, 16, 0);
        String body = bookingBody(slot, "SHOWROOM", "retry@example.com");
        Map<String, String> key = Map.of("Idempotency-Key", "phone-call-42");

        List<HttpProbe.Response> answers = race(10,
            i -> api.send(dealer, "POST", "/api/stores/" + store + "/appointments", body, key));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.json().get("id").asText()).distinct()).hasSize(1);
        assertThat(slotAt(slots(store, "SHOWROOM"), slot).get("booked").asInt()).isEqualTo(1);
        assertThat(database.getCollection(Appointments.COLLECTION).countDocuments(Filters.eq("storeId", store))).isEqualTo(1);
        assertProblem(api.send(dealer, "POST", "/api/stores/" + store + "/appointments",
            bookingBody(Api.at(day, 16, 30), "SHOWROOM", "retry@example.com"), key), 409, "idempotency-key-reused");
    }

    @Test
    void slotsShowEveryPlaceOfTheDayInTheStoresTimeZone() {
        String store = api.store(dealer, manufacturer, 3);
        book(store, Api.at(day, 9, 0), "SHOWROOM", "a@example.com");

        JsonNode slots = slots(store, "SHOWROOM");

        assertThat(slots.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(slots.get("slots")).hasSize(18);
        JsonNode first = slots.get("slots").get(0);
        assertThat(Instant.parse(first.get("start").asText())).isEqualTo(OffsetDateTime.parse(Api.at(day, 9, 0)).toInstant());
        assertThat(Instant.parse(first.get("end").asText())).isEqualTo(OffsetDateTime.parse(Api.at(day, 9, 30)).toInstant());
        assertThat(first.get("capacity").asInt()).isEqualTo(3);
        assertThat(first.get("booked").asInt()).isEqualTo(1);
        assertThat(first.get("free").asInt()).isEqualTo(2);
        assertThat(slots.get("slots").get(17).get("booked").asInt()).isZero();
        assertThat(slots.get("slots").get(17).get("bookable").asBoolean()).isTrue();
        JsonNode past = api.send(dealer, "GET", "/api/stores/" + store + "/appointments/slots?date="
            + Api.daysAhead(-1) + "&service=SHOWROOM", null).json();
        assertThat(past.get("slots")).hasSize(18).allSatisfy(s -> assertThat(s.get("bookable").asBoolean()).isFalse());
    }

    @Test
    void aPastSlotOrOneOutsideTheOpeningHoursIsRefusedWithNothingStored() {
        String store = api.store(dealer, manufacturer, 3);

        HttpProbe.Response past = book(store, Api.at(Api.daysAhead(-1), 10, 0), "SHOWROOM", "a@example.com");
        HttpProbe.Response evening = book(store, Api.at(day, 19, 0), "SHOWROOM", "a@example.com");
        HttpProbe.Response offGrid = book(store, Api.at(day, 10, 10), "SHOWROOM", "a@example.com");
        HttpProbe.Response pickup = book(store, Api.at(day, 10, 0), "PICKUP", "a@example.com");

        assertProblem(past, 422, "validation");
        assertThat(past.json().get("detail").asText()).isEqualTo("slotStart: is in the past");
        assertProblem(evening, 422, "validation");
        assertThat(Api.fields(evening)).containsExactly("slotStart");
        assertThat(Api.fields(offGrid)).containsExactly("slotStart");
        assertThat(Api.fields(pickup)).containsExactly("service");
        assertNothingStoredFor(store);
    }

    @Test
    void badInputNamesEveryOffendingFieldWithNothingStored() {
        String store = api.store(dealer, manufacturer, 3);

        HttpProbe.Response bad = api.send(dealer, "POST", "/api/stores/" + store + "/appointments", """
            {"slotStart":"tomorrow at ten","service":"DISCO",
             "visitor":{"email":"not-an-email","marketingConsent":true},"products":["ok-sku", 7]}
            """);
        HttpProbe.Response noVisitor = api.send(dealer, "POST", "/api/stores/" + store + "/appointments",
            "{\"slotStart\":\"" + Api.at(day, 10, 0) + "\",\"service\":\"SHOWROOM\",\"visitor\":{\"name\":\"Li\"}}");
        HttpProbe.Response malformed = api.send(dealer, "POST", "/api/stores/" + store + "/appointments", "{\"slotStart\":");
        HttpProbe.Response slotsWithoutDate = api.send(dealer, "GET", "/api/stores/" + store + "/appointments/slots?service=X",
            null);
        HttpProbe.Response listBadDay = api.send(dealer, "GET", "/api/stores/" + store + "/appointments?date=2026-13-40&status=GONE",
            null);

        assertProblem(bad, 422, "validation");
        assertThat(Api.fields(bad)).containsExactlyInAnyOrder("slotStart", "service", "visitor.email",
            "visitor.recordConsent", "products[1]");
        assertThat(Api.fields(noVisitor)).containsExactly("visitor");
        assertProblem(malformed, 400, "bad-request");
        assertThat(Api.fields(slotsWithoutDate)).containsExactlyInAnyOrder("date", "service");
        assertThat(Api.fields(listBadDay)).containsExactlyInAnyOrder("date", "status");
        assertNothingStoredFor(store);
    }

    @Test
    void theDealerListsItsDayPagedAndEndsBookingsOnlyThroughAllowedTransitions() {
        String store = api.store(dealer, manufacturer, 3);
        String attended = id(book(store, Api.at(day, 10, 0), "SHOWROOM", "a@example.com"));
        String noShow = id(book(store, Api.at(day, 10, 0), "SHOWROOM", "b@example.com"));
        String cancelled = id(book(store, Api.at(day, 9, 30), "CONSULTATION", "c@example.com"));
        book(store, Api.at(day.plusDays(1), 10, 0), "SHOWROOM", "tomorrow@example.com");

        assertProblem(verb(store, attended, "attend"), 409, "appointment-state");
        assertProblem(verb(store, noShow, "no-show"), 409, "appointment-state");
        assertThat(verb(store, cancelled, "cancel").json().get("status").asText()).isEqualTo("CANCELLED");
        assertProblem(verb(store, cancelled, "cancel"), 409, "appointment-state");
        assertProblem(verb(store, cancelled, "attend"), 409, "appointment-state");

        clock.advance(Duration.between(Instant.now(), OffsetDateTime.parse(Api.at(day, 10, 5)).toInstant()));
        HttpProbe.Response attend = verb(store, attended, "attend");
        HttpProbe.Response missed = verb(store, noShow, "no-show");

        assertThat(attend.json().get("status").asText()).isEqualTo("ATTENDED");
        assertThat(missed.json().get("status").asText()).isEqualTo("NO_SHOW");
        assertProblem(verb(store, attended, "no-show"), 409, "appointment-state");
        assertProblem(verb(store, noShow, "cancel"), 409, "appointment-state");
        assertThat(verb(store, noShow, "cancel").json().get("detail").asText()).contains("(it is NO_SHOW)");

        JsonNode page0 = api.send(dealer, "GET", "/api/stores/" + store + "/appointments?date=" + day + "&size=2", null).json();
        JsonNode page1 = api.send(dealer, "GET", "/api/stores/" + store + "/appointments?date=" + day + "&size=2&page=1", null)
            .json();
        assertThat(page0.get("total").asInt()).isEqualTo(3);
        List<String> order = new ArrayList<>();
        page0.get("items").forEach(i -> order.add(i.get("id").asText()));
        page1.get("items").forEach(i -> order.add(i.get("id").asText()));
        assertThat(order.get(0)).isEqualTo(cancelled);
        assertThat(order).containsExactlyInAnyOrder(cancelled, attended, noShow);
        JsonNode onlyAttended = api.send(dealer, "GET", "/api/stores/" + store + "/appointments?date=" + day + "&status=ATTENDED",
            null).json();
        assertThat(onlyAttended.get("items")).hasSize(1);
        assertThat(onlyAttended.get("items").get(0).get("id").asText()).isEqualTo(attended);
        assertThat(onlyAttended.get("items").get(0).get("visitor").get("email").asText()).isEqualTo("a@example.com");
    }

    @Test
    void anotherDealerOrAnUnknownStoreGets404OnEveryAppointmentEndpoint() {
        String store = api.store(dealer, manufacturer, 3);
        String id = id(book(store, Api.at(day, 10, 0), "SHOWROOM", "a@example.com"));
        partnerships.apply(manufacturer, otherDealer.tenantId(), 1, Partnerships.ACTIVE);
        String otherStore = api.store(otherDealer, manufacturer, 3);
        String base = "/api/stores/" + store + "/appointments";
        String booking = bookingBody(Api.at(day, 10, 30), "SHOWROOM", "x@example.com");

        for (Caller stranger : List.of(otherDealer)) {
            assertProblem(api.send(stranger, "GET", base + "/slots?date=" + day + "&service=SHOWROOM", null), 404, "not-found");
            assertProblem(api.send(stranger, "POST", base, booking), 404, "not-found");
            assertProblem(api.send(stranger, "GET", base + "?date=" + day, null), 404, "not-found");
            assertProblem(api.send(stranger, "GET", base + "/" + id, null), 404, "not-found");
            for (String verb : List.of("cancel", "attend", "no-show")) {
                assertProblem(api.send(stranger, "POST", base + "/" + id + "/" + verb, null), 404, "not-found");
            }
        }
        assertProblem(api.send(otherDealer, "POST", "/api/stores/" + otherStore + "/appointments/" + id + "/cancel", null), 404,
            "not-found");
        assertProblem(api.send(dealer, "POST", "/api/stores/no-such-store/appointments", booking), 404, "not-found");
        assertProblem(api.send(dealer, "GET", "/api/stores/no-such-store/appointments/slots?date=" + day + "&service=SHOWROOM",
            null), 404, "not-found");
        assertThat(appointments.find(store, id).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(database.getCollection(Appointments.COLLECTION).countDocuments(Filters.eq("storeId", store))).isEqualTo(1);
    }

    @Test
    void theRepairGivesBackPlacesWhoseAppointmentWasNeverWrittenOrWasCancelledWithoutGivingItBack() {
        String store = api.store(dealer, manufacturer, 2);
        String slot = Api.at(day, 15, 0);
        Instant start = OffsetDateTime.parse(slot).toInstant();
        assertThat(places.take(store, "SHOWROOM", start, 2, "ghost-of-a-crash")).isTrue();
        String booked = id(book(store, slot, "SHOWROOM", "a@example.com"));
        assertProblem(book(store, slot, "SHOWROOM", "b@example.com"), 409, "slot-full");
        var appointment = appointments.find(store, booked).orElseThrow();
        assertThat(appointments.transition(AppointmentStatus.BOOKED, appointment.cancel(Instant.now()), List.of())).isTrue();

        assertThat(appointmentService.repair(Duration.ZERO)).isEqualTo(2);

        assertThat(slotAt(slots(store, "SHOWROOM"), slot).get("free").asInt()).isEqualTo(2);
        assertThat(appointmentService.repair(Duration.ZERO)).isZero();
        assertThat(book(store, slot, "SHOWROOM", "b@example.com").status()).isEqualTo(201);
    }

    private void assertNothingStoredFor(String store) {
        assertThat(database.getCollection(Appointments.COLLECTION).countDocuments(Filters.eq("storeId", store))).isZero();
        assertThat(database.getCollection(SlotPlaces.COLLECTION).countDocuments(Filters.and(Filters.eq("storeId", store),
            Filters.gt("booked", 0)))).isZero();
    }

    private HttpProbe.Response verb(String store, String id, String verb) {
        return api.send(dealer, "POST", "/api/stores/" + store + "/appointments/" + id + "/" + verb, null);
    }

    private static String id(HttpProbe.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private HttpProbe.Response book(String store, String slotStart, String service, String email) {
        return api.send(dealer, "POST", "/api/stores/" + store + "/appointments", bookingBody(slotStart, service, email));
    }

    private static String bookingBody(String slotStart, String service, String email) {
        return """
            {"slotStart":"%s","service":"%s","visitor":{"email":"%s","recordConsent":true},"products":["A60-9W"]}
            """.formatted(slotStart, service, email);
    }

    private JsonNode slots(String store, String service) {
        HttpProbe.Response response = api.send(dealer, "GET", "/api/stores/" + store + "/appointments/slots?date=" + day
            + "&service=" + service, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode slotAt(JsonNode slots, String start) {
        Instant wanted = OffsetDateTime.parse(start).toInstant();
        for (JsonNode slot : slots.get("slots")) {
            if (Instant.parse(slot.get("start").asText()).equals(wanted)) {
                return slot;
            }
        }
        throw new AssertionError("no slot at " + start);
    }

    private static List<HttpProbe.Response> race(int attempts, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpProbe.Response>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.run(n);
                }));
            }
            start.countDown();
            List<HttpProbe.Response> answers = new ArrayList<>();
            for (Future<HttpProbe.Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Attempt {
        HttpProbe.Response run(int n);
    }
}
