package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private static final byte[] KEY = "0123456789abcdef01234567".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookReceiver receiver;

    @AfterEach
    void close() {
        receiver.close();
    }

    @Test
    void appliesARedeliveredMessageOnce() throws Exception {
        receiver = new WebhookReceiver();
        receiver.secret(SECRET);

        assertThat(send("msg_1", message("o-1", "order.confirmed"), KEY)).isEqualTo(204);
        assertThat(send("msg_1", message("o-1", "order.confirmed"), KEY)).isEqualTo(204);

        assertThat(receiver.deliveries()).isEqualTo(2);
        assertThat(receiver.applied()).isEqualTo(1);
        assertThat(receiver.saw("o-1", "order.confirmed")).isTrue();
        assertThat(receiver.saw("o-1", "order.placed")).isFalse();
        assertThat(receiver.doubled()).isEmpty();
    }

    @Test
    void reportsTheSameSideEffectUnderTwoMessageIds() throws Exception {
        receiver = new WebhookReceiver();
        receiver.secret(SECRET);

        send("msg_1", message("o-1", "order.confirmed"), KEY);
        send("msg_2", message("o-1", "order.confirmed"), KEY);
        send("msg_3", message("o-1", "order.placed"), KEY);

        assertThat(receiver.doubled()).containsOnlyKeys(new WebhookReceiver.Effect("o-1", "order.confirmed"));
        assertThat(receiver.doubled().values().iterator().next()).containsExactlyInAnyOrder("msg_1", "msg_2");
    }

    @Test
    void refusesAMessageSignedWithAnotherSecret() throws Exception {
        receiver = new WebhookReceiver();
        receiver.secret(SECRET);

        int status = send("msg_1", message("o-1", "order.confirmed"), "another-key-of-24-bytes!".getBytes(StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(401);
        assertThat(receiver.badSignatures()).isEqualTo(1);
        assertThat(receiver.applied()).isZero();
    }

    private static String message(String orderId, String type) {
        return "{\"type\":\"" + type + "\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"data\":{\"orderId\":\"" + orderId + "\"}}";
    }

    private int send(String id, String body, byte[] key) throws Exception {
        long timestamp = 1_764_072_000L;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signature = "v1," + Base64.getEncoder().encodeToString(
            mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
            .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", "v1,bm90LXRoaXMtb25l " + signature)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
