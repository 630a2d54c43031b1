package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MutationsTest {

    private static final Set<Mutations.Kind> PATH_KINDS = EnumSet.of(Mutations.Kind.UNKNOWN_ID, Mutations.Kind.INJECTION_ID,
        Mutations.Kind.TRAVERSAL_ID, Mutations.Kind.LONG_ID);

    @Test
    void theSameSeedGivesTheSameRequests() {
        EndpointTemplates.Template order = ChaosFixtures.template("POST /api/orders");
        List<String> first = described(Mutations.of(order, new Random(8), 40));
        assertThat(described(Mutations.of(order, new Random(8), 40))).isEqualTo(first);
        assertThat(described(Mutations.of(order, new Random(9), 40))).isNotEqualTo(first);
    }

    @Test
    void aJsonWriteGetsEveryKindOfBadBody() {
        Set<Mutations.Kind> kinds = kinds(Mutations.of(ChaosFixtures.template("POST /api/orders"), new Random(8), 1000));
        assertThat(kinds).containsExactlyInAnyOrder(Mutations.Kind.DROP_FIELD, Mutations.Kind.NULL_FIELD, Mutations.Kind.WRONG_TYPE,
            Mutations.Kind.HUGE_STRING, Mutations.Kind.HUGE_BODY, Mutations.Kind.UNKNOWN_ENUM, Mutations.Kind.BAD_NUMBER,
            Mutations.Kind.INJECTION_VALUE, Mutations.Kind.INVALID_UTF8, Mutations.Kind.MALFORMED_JSON, Mutations.Kind.DEEP_NESTING,
            Mutations.Kind.WRONG_CONTENT_TYPE, Mutations.Kind.EMPTY_BODY, Mutations.Kind.BAD_IDEMPOTENCY_KEY);
    }

    @Test
    void aReadWithIdsGetsBadIdsAndBadQueries() {
        Set<Mutations.Kind> kinds = kinds(Mutations.of(ChaosFixtures.template("GET /api/stores/{id}/appointments"), new Random(8),
            1000));
        assertThat(kinds).containsExactlyInAnyOrder(Mutations.Kind.UNKNOWN_ID, Mutations.Kind.INJECTION_ID,
            Mutations.Kind.TRAVERSAL_ID, Mutations.Kind.LONG_ID, Mutations.Kind.QUERY_INJECTION, Mutations.Kind.BAD_PAGING);
    }

    @Test
    void anImportGetsBadFilesAndContentTypes() {
        List<Mutations.Mutant> mutants = Mutations.of(ChaosFixtures.template("POST /api/crm/imports"), new Random(8), 1000);
        assertThat(kinds(mutants)).contains(Mutations.Kind.BAD_FILE, Mutations.Kind.WRONG_CONTENT_TYPE, Mutations.Kind.INVALID_UTF8,
            Mutations.Kind.EMPTY_BODY, Mutations.Kind.QUERY_INJECTION);
        assertThat(mutants).filteredOn(m -> m.kind() == Mutations.Kind.WRONG_CONTENT_TYPE).extracting(Mutations.Mutant::contentType)
            .contains("application/xml", "multipart/form-data");
    }

    @Test
    void aBadFileHoldsNoValidRowSinceAnImportWouldTakeIt() {
        for (String operation : List.of("POST /api/catalog/imports", "POST /api/crm/imports")) {
            EndpointTemplates.Template template = ChaosFixtures.template(operation);
            String validRow = utf8(template.raw()).lines().reduce((first, second) -> second).orElseThrow();
            assertThat(Mutations.of(template, new Random(8), 1000))
                .filteredOn(m -> m.kind() != Mutations.Kind.WRONG_CONTENT_TYPE && m.kind() != Mutations.Kind.QUERY_INJECTION)
                .isNotEmpty()
                .allMatch(m -> !utf8(m.body()).contains(validRow), operation + " without " + validRow);
        }
    }

    @Test
    void aWriteWithoutBodyGetsOnlyBadIdsSinceAnythingElseWouldCarryItOut() {
        List<Mutations.Mutant> mutants = Mutations.of(ChaosFixtures.template("POST /api/orders/{id}/cancel"), new Random(8), 1000);
        assertThat(kinds(mutants)).isEqualTo(PATH_KINDS);
        assertThat(mutants).noneMatch(m -> m.target().equals("/api/orders/order-1/cancel"));
    }

    @Test
    void anIdAPutCreatesIsNeverReplacedByAnUnknownOne() {
        List<Mutations.Mutant> mutants = Mutations.of(ChaosFixtures.template("PUT /api/catalog/price-lists/{id}"), new Random(8),
            1000);
        assertThat(kinds(mutants)).doesNotContain(Mutations.Kind.UNKNOWN_ID).contains(Mutations.Kind.INJECTION_ID);
    }

    @Test
    void bodyVariantsKeepTheValidPathSoTheyReachValidation() {
        List<Mutations.Mutant> mutants = Mutations.of(ChaosFixtures.template("PUT /api/stores/{id}/inventory/{sku}"), new Random(8),
            1000);
        assertThat(mutants).filteredOn(m -> !PATH_KINDS.contains(m.kind()))
            .allMatch(m -> m.target().equals("/api/stores/store-1/inventory/AURT1-A60-9W-2700"));
        assertThat(mutants).filteredOn(m -> m.kind() == Mutations.Kind.DROP_FIELD).extracting(m -> utf8(m.body()))
            .containsExactly("{}");
        assertThat(mutants).filteredOn(m -> m.kind() == Mutations.Kind.BAD_NUMBER).extracting(m -> utf8(m.body()))
            .contains("{\"onHand\":-1}", "{\"onHand\":1.5}", "{\"onHand\":9223372036854775808}", "{\"onHand\":\"9223372036854775808\"}");
    }

    @Test
    void injectionStringsArePercentEncoded() {
        assertThat(Mutations.encode("{\"$gt\":\"\"}")).isEqualTo("%7B%22%24gt%22%3A%22%22%7D");
        assertThat(Mutations.encode("[$ne]=1")).isEqualTo("%5B%24ne%5D%3D1");
        assertThat(Mutations.encode("%24gt")).isEqualTo("%2524gt");
        assertThat(Mutations.encode("../../admin")).isEqualTo("..%2F..%2Fadmin");
        assertThat(Mutations.encode("é")).isEqualTo("%C3%A9");
    }

    @Test
    void everyTargetIsAUriJavaAccepts() {
        Random random = new Random(8);
        for (EndpointTemplates.Template template : EndpointTemplates.forWorld(ChaosFixtures.world())) {
            for (Mutations.Mutant mutant : Mutations.of(template, random, 1000)) {
                URI uri = URI.create("http://localhost:8080" + mutant.target());
                assertThat(uri.getRawPath()).startsWith("/api/");
                assertThat(mutant.target()).doesNotContain("{", "}", "[", "]", "$", "\"", " ");
            }
        }
    }

    @Test
    void queryInjectionsReachTheFilterParameters() {
        List<String> targets = Mutations.of(ChaosFixtures.template("GET /api/crm/customers"), new Random(8), 1000).stream()
            .map(Mutations.Mutant::target).toList();
        assertThat(targets).contains("/api/crm/customers?email%5B%24ne%5D=1",
            "/api/crm/customers?email=%7B%22%24gt%22%3A%22%22%7D", "/api/crm/customers?email=%24gt",
            "/api/crm/customers?email=chaos-t1%40example.com&page=-1");
    }

    @Test
    void invalidUtf8BodiesAreNotUtf8AndTheRestIsStillJson() {
        List<Mutations.Mutant> invalid = Mutations.of(ChaosFixtures.template("POST /api/stores/{id}/visits"), new Random(8), 1000)
            .stream().filter(m -> m.kind() == Mutations.Kind.INVALID_UTF8).toList();
        assertThat(invalid).hasSize(2);
        for (Mutations.Mutant mutant : invalid) {
            assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(mutant.body()))).isInstanceOf(CharacterCodingException.class);
            String lenient = new String(mutant.body(), StandardCharsets.UTF_8);
            assertThat(lenient).startsWith("{").endsWith("}");
        }
    }

    @Test
    void hugeAndDeepBodiesAreAsLargeAsPromised() throws Exception {
        List<Mutations.Mutant> mutants = Mutations.of(ChaosFixtures.template("POST /api/crm/segments"), new Random(8), 1000);
        assertThat(mutants).filteredOn(m -> m.kind() == Mutations.Kind.HUGE_BODY)
            .allMatch(m -> m.body().length > Mutations.HUGE_BODY);
        assertThat(mutants).filteredOn(m -> m.kind() == Mutations.Kind.DEEP_NESTING).extracting(m -> m.body().length)
            .allMatch(length -> length >= Mutations.NESTING);
        Mutations.Mutant hugeString = mutants.stream().filter(m -> m.kind() == Mutations.Kind.HUGE_STRING).findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(hugeString.body()).toString()).hasSizeGreaterThan(Mutations.HUGE_STRING);
    }

    @Test
    void aSmallCountStillSpreadsOverKinds() {
        assertThat(kinds(Mutations.of(ChaosFixtures.template("PUT /api/stores/{id}"), new Random(8), 6))).hasSize(6);
    }

    private static Set<Mutations.Kind> kinds(List<Mutations.Mutant> mutants) {
        return mutants.stream().map(Mutations.Mutant::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Mutations.Kind.class)));
    }

    private static List<String> described(List<Mutations.Mutant> mutants) {
        return mutants.stream().map(m -> m.describe() + " " + m.target() + " " + Arrays.hashCode(m.body()) + " " + m.headers()).toList();
    }

    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
