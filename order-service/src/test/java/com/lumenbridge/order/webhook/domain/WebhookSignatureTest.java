package com.lumenbridge.order.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsLikeTheStandardWebhooksReferenceVector() {
        // the test vector of the Standard Webhooks reference libraries
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsPrefixedRandomBase64() {
        String one = WebhookSignature.newSecret();
        String two = WebhookSignature.newSecret();

        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(24);
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        String secret = WebhookSignature.newSecret();
        String base = WebhookSignature.sign(secret, "msg_1", 100, "{}");

        assertThat(WebhookSignature.sign(secret, "msg_2", 100, "{}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(secret, "msg_1", 101, "{}")).isNotEqualTo(base);
        assertThat(WebhookSignature.sign(secret, "msg_1", 100, "{ }")).isNotEqualTo(base);
        assertThatThrownBy(() -> WebhookSignature.sign("not-a-secret", "msg_1", 100, "{}"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
