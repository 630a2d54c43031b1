package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EndpointTemplatesTest {

    private final List<EndpointTemplates.Template> templates = EndpointTemplates.forWorld(ChaosFixtures.world());

    @Test
    void everyDocumentedOperationHasATemplate() throws IOException {
        assertThat(EndpointTemplates.missing(documented(), templates)).isEmpty();
    }

    @Test
    void everyTemplateIsADocumentedOperation() throws IOException {
        Set<String> documented = documented();
        assertThat(templates).extracting(EndpointTemplates.Template::operation).allMatch(documented::contains);
        assertThat(templates).extracting(EndpointTemplates.Template::operation).doesNotHaveDuplicates();
    }

    @Test
    void leavesOutSpringsErrorPage() throws IOException {
        assertThat(documented()).contains("GET /api/orders/{id}", "DELETE /api/admin/api-keys/{keyId}")
            .noneMatch(operation -> operation.endsWith(" /error"));
    }

    @Test
    void aServiceAddingAnOperationIsReportedMissing() throws IOException {
        Set<String> documented = new TreeSet<>(documented());
        documented.add("POST /api/stores/{id}/transfers");
        assertThat(EndpointTemplates.missing(documented, templates)).containsExactly("POST /api/stores/{id}/transfers");
    }

    @Test
    void fillsEveryPathParameterWithTheWorldsIds() {
        EndpointTemplates.Template cancel = ChaosFixtures.template("POST /api/stores/{id}/appointments/{appointmentId}/cancel");
        assertThat(cancel.pathWith(cancel.pathValues())).isEqualTo("/api/stores/store-1/appointments/appt-1/cancel");
        assertThat(templates).allMatch(t -> t.pathValues().keySet().containsAll(t.parameters()));
    }

    @Test
    void jsonWritesCarryAValidBodyNamingTheirRequiredFields() {
        EndpointTemplates.Template order = ChaosFixtures.template("POST /api/orders");
        assertThat(order.body().at("/fulfillment/storeId").asText()).isEqualTo("store-1");
        assertThat(order.idempotencyKey()).isTrue();
        assertThat(templates).filteredOn(t -> t.body() != null)
            .allMatch(t -> t.required().stream().noneMatch(field -> t.body().at("/" + field.replace('.', '/')).isMissingNode()),
                "every required field is in the valid body");
    }

    @Test
    void bodiesAndFieldListsKeepOneOrderInEveryJvmSoASeedReplaysTheSameRequests() {
        EndpointTemplates.Template order = ChaosFixtures.template("POST /api/orders");
        assertThat(order.body().toString()).startsWith("{\"customer\":{\"email\":").contains("\"fulfillment\":{\"storeId\"");
        assertThat(List.copyOf(order.required())).isSorted();
    }

    private static Set<String> documented() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (JsonNode document : ChaosFixtures.openApiSnapshot()) {
            operations.addAll(EndpointTemplates.documented(document));
        }
        return operations;
    }
}
