package com.lumenbridge.store.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The store API as a gateway-authenticated tenant calls it over real HTTP. */
public final class Api {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Set<Scope> DEALER_SCOPES = Set.of(Scope.STORES_READ, Scope.INVENTORY_WRITE);

    private final HttpProbe http;
    private final InternalTokenIssuer issuer;

    public Api(int port) {
        this(port, Clock.systemUTC());
    }

    /** Mints tokens by {@code clock}, so they stay valid for an application whose clock a test moved. */
    public Api(int port, Clock clock) {
        this.http = new HttpProbe("http://127.0.0.1:" + port);
        this.issuer = new InternalTokenIssuer((ECPrivateKey) EmbeddedInfrastructure.start().tokenKeys().getPrivate(),
            Duration.ofSeconds(60), clock);
    }

    public static Caller dealer() {
        return new Caller("dealer-" + UUID.randomUUID(), TenantKind.DEALER, DEALER_SCOPES);
    }

    public HttpProbe.Response send(Caller caller, String method, String path, String body) {
        return send(caller, method, path, body, Map.of());
    }

    public HttpProbe.Response send(Caller caller, String method, String path, String body, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put(InternalHeaders.TOKEN, issuer.mint(caller));
        return http.send(method, path, headers, body);
    }

    public HttpProbe.Response get(String path) {
        return http.get(path, Map.of());
    }

    /** Registers a Shanghai store open 09:00-18:00 every day, booking SHOWROOM and CONSULTATION in 30-minute slots. */
    public String store(Caller dealer, String manufacturer, int capacity) {
        HttpProbe.Response created = send(dealer, "POST", "/api/stores", storeBody("Lumen Hall", manufacturer, capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    public static String storeBody(String name, String manufacturer, int capacity) {
        String day = "[{\"opens\":\"09:00\",\"closes\":\"18:00\"}]";
        return """
            {"name":"%s","type":"STORE","address":{"line1":"1 Light St","city":"Shanghai","country":"CN"},
             "location":{"lat":31.2304,"lng":121.4737},"timeZone":"Asia/Shanghai",
             "openingHours":{"MONDAY":%s,"TUESDAY":%s,"WEDNESDAY":%s,"THURSDAY":%s,"FRIDAY":%s,"SATURDAY":%s,"SUNDAY":%s},
             "services":["SHOWROOM","PICKUP","CONSULTATION"],"manufacturers":["%s"],"slotMinutes":30,"capacity":%d}
            """.formatted(name, day, day, day, day, day, day, day, manufacturer, capacity);
    }

    /** A date a few days ahead in Shanghai, so every slot of it is in the future. */
    public static LocalDate daysAhead(int days) {
        return LocalDate.now(SHANGHAI).plusDays(days);
    }

    /** The instant of {@code hh:mm} Shanghai time on {@code date}, as an ISO offset date-time. */
    public static String at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    public static List<String> fields(HttpProbe.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    public static void assertProblem(HttpProbe.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/" + type);
    }
}
