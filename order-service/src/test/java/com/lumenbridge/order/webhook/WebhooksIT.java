package com.lumenbridge.order.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.order.support.IntegrationTest;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhooksIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One received request: the Standard Webhooks headers and the raw body. */
    record Received(String id, String timestamp, String signature, String body) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    @Test
    void aReceiverFailingTwiceGetsTheSignedEventOnTheThirdTryUnderOneId() throws Exception {
        World world = partneredWorld();
        HttpProbe.Response registered = register(world.storefront(), receiverUrl());
        assertThat(registered.status()).isEqualTo(201);
        String secret = registered.json().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        failuresLeft.set(2);

        String orderId = place(world.storefront(), UUID.randomUUID().toString(), pickup("store-1", world.skus().get(0), "1"))
            .json().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3);
        assertThat(received).hasSize(3);
        assertThat(received.stream().map(Received::id).distinct()).hasSize(1);
        assertThat(received.get(0).id()).startsWith("msg_");
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo(independentSignature(secret, r.id(), r.timestamp(), r.body()));
            assertThat(Math.abs(Long.parseLong(r.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);
        }
        JsonNode payload = JSON.readTree(received.get(2).body());
        assertThat(payload.get("type").asString()).isEqualTo("order.placed");
        assertThat(payload.get("data").get("orderId").asString()).isEqualTo(orderId);
        assertThat(payload.get("data").get("status").asString()).isEqualTo("PENDING");

        JsonNode log = awaitDelivered(world.storefront());
        JsonNode delivery = log.get("items").get(0);
        assertThat(delivery.get("id").asString()).isEqualTo(received.get(0).id());
        assertThat(delivery.get("orderId").asString()).isEqualTo(orderId);
        assertThat(delivery.get("attempts")).hasSize(3);
        assertThat(delivery.get("attempts").get(0).get("statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.get("attempts").get(1).get("statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.get("attempts").get(2).get("statusCode").asInt()).isEqualTo(204);
    }

    @Test
    void theDeliveryLogIsReadableOnlyByItsStorefront() {
        World world = partneredWorld();
        register(world.storefront(), receiverUrl());
        place(world.storefront(), UUID.randomUUID().toString(), pickup("store-1", world.skus().get(0), "1"));
        awaitDelivered(world.storefront());

        Caller otherShop = caller(tenant("shop"), TenantKind.STOREFRONT);
        assertThat(http.get("/api/orders/webhook/deliveries", as(otherShop)).json().get("total").asLong()).isZero();
        assertThat(http.get("/api/orders/webhook", as(otherShop)).status()).isEqualTo(404);
        assertThat(http.get("/api/orders/webhook/deliveries", as(caller(world.manufacturer(), TenantKind.MANUFACTURER)))
            .status()).isEqualTo(403);
        assertThat(http.get("/api/orders/webhook/deliveries", as(caller(tenant("dealer"), TenantKind.DEALER))).status())
            .isEqualTo(403);
        JsonNode endpoint = http.get("/api/orders/webhook", as(world.storefront())).json();
        assertThat(endpoint.get("url").asString()).isEqualTo(receiverUrl());
    }

    @Test
    void privateLoopbackAndPlainHttpTargetsAreRefusedUnlessAllowListed() {
        Caller shop = caller(tenant("shop"), TenantKind.STOREFRONT);

        for (String url : List.of("https://10.0.0.1/hooks", "https://192.168.1.20/hooks", "https://169.254.169.254/latest",
                "https://[::1]/hooks", "http://localhost:" + receiver.getAddress().getPort() + "/hooks",
                "http://93.184.216.34/hooks", "not a url")) {
            HttpProbe.Response refused = register(shop, url);
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
        }
        assertThat(http.get("/api/orders/webhook", as(shop)).status()).isEqualTo(404);
        assertThat(register(shop, receiverUrl()).status()).isEqualTo(201);
    }

    @Test
    void reRegisteringKeepsTheSecretUnlessRotated() {
        Caller shop = caller(tenant("shop"), TenantKind.STOREFRONT);
        String first = register(shop, receiverUrl()).json().get("secret").asString();

        HttpProbe.Response same = register(shop, receiverUrl() + "/v2");
        HttpProbe.Response rotated = http.send("PUT", "/api/orders/webhook", as(shop),
            "{\"url\":\"" + receiverUrl() + "\",\"rotateSecret\":true}");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("secret").asString()).isEqualTo(first);
        assertThat(rotated.json().get("secret").asString()).isNotEqualTo(first).startsWith("whsec_");
    }

    private HttpProbe.Response register(Caller storefront, String url) {
        return http.send("PUT", "/api/orders/webhook", as(storefront), "{\"url\":\"" + url + "\"}");
    }

    private JsonNode awaitDelivered(Caller storefront) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/orders/webhook/deliveries?status=DELIVERED",
            as(storefront)).json().get("total").asLong() >= 1);
        return http.get("/api/orders/webhook/deliveries", as(storefront)).json();
    }

    /** The receiver's side of Standard Webhooks, written without the service's code. */
    private static String independentSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
            mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

}
