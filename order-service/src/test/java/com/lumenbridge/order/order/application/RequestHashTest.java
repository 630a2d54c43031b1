package com.lumenbridge.order.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RequestHashTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameBodySerialisedDifferentlyHasTheSameHash() {
        String a = "{\"lines\":[{\"sku\":\"A60\",\"quantity\":2}],\"customer\":{\"name\":\"Li\",\"email\":\"li@example.com\"}}";
        String b = "{ \"customer\" : { \"email\":\"li@example.com\", \"name\":\"Li\" },\n \"lines\" : [ {\"quantity\":2,\"sku\":\"A60\"} ] }";

        assertThat(RequestHash.of(JSON.readTree(a))).isEqualTo(RequestHash.of(JSON.readTree(b))).hasSize(64);
    }

    @Test
    void anyChangedValueOrderOfLinesOrExtraFieldChangesTheHash() {
        String base = "{\"lines\":[{\"sku\":\"A60\",\"quantity\":2},{\"sku\":\"T8\",\"quantity\":1}]}";
        String quantity = "{\"lines\":[{\"sku\":\"A60\",\"quantity\":3},{\"sku\":\"T8\",\"quantity\":1}]}";
        String lineOrder = "{\"lines\":[{\"sku\":\"T8\",\"quantity\":1},{\"sku\":\"A60\",\"quantity\":2}]}";
        String extra = "{\"lines\":[{\"sku\":\"A60\",\"quantity\":2},{\"sku\":\"T8\",\"quantity\":1}],\"note\":null}";
        String typed = "{\"lines\":[{\"sku\":\"A60\",\"quantity\":\"2\"},{\"sku\":\"T8\",\"quantity\":1}]}";

        String hash = RequestHash.of(JSON.readTree(base));
        assertThat(RequestHash.of(JSON.readTree(quantity))).isNotEqualTo(hash);
        assertThat(RequestHash.of(JSON.readTree(lineOrder))).isNotEqualTo(hash);
        assertThat(RequestHash.of(JSON.readTree(extra))).isNotEqualTo(hash);
        assertThat(RequestHash.of(JSON.readTree(typed))).isNotEqualTo(hash);
    }
}
