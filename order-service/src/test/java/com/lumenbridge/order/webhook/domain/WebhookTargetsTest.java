package com.lumenbridge.order.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    /** A fixed DNS so the test needs no network: names map to the literal addresses given. */
    private static final Map<String, String> DNS = Map.of("partner.example", "93.184.216.34",
        "sneaky.example", "10.1.2.3", "metadata.example", "169.254.169.254", "localhost", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = DNS.getOrDefault(host, host);
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(literal)};
    }

    private final WebhookTargets targets = new WebhookTargets(Set.of("127.0.0.1", "receiver.local"), WebhookTargetsTest::resolve);

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertThat(targets.refusal("https://partner.example/hooks/lumenbridge")).isEmpty();
        assertThat(targets.refusal("https://93.184.216.34:8443/x")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.2/x", "https://localhost/x", "https://10.0.0.1/x", "https://172.16.5.4/x",
        "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/x", "https://0.0.0.0/x",
        "https://[::1]/x", "https://[fe80::1]/x", "https://[fd00::1]/x", "https://sneaky.example/x",
        "https://metadata.example/x", "https://224.0.0.1/x"})
    void refusesLoopbackLinkLocalPrivateAndOtherNonPublicAddresses(String url) {
        assertThat(targets.refusal(url)).hasValueSatisfying(why -> assertThat(why).contains("address"));
    }

    @Test
    void refusesPlainHttpUnlessTheHostIsAllowListed() {
        assertThat(targets.refusal("http://partner.example/x")).contains("must use https");
        assertThat(targets.refusal("http://127.0.0.1:9000/hook")).isEmpty();
        assertThat(targets.refusal("https://receiver.local/hook")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpsUrlWithAResolvableHost() {
        assertThat(targets.refusal("not a url")).isPresent();
        assertThat(targets.refusal("/relative")).contains("must be an absolute URL with a host");
        assertThat(targets.refusal("ftp://partner.example/x")).contains("must use https");
        assertThat(targets.refusal("https://user:pw@partner.example/x")).contains("must not carry credentials");
        assertThat(targets.refusal("https://nowhere.invalid/x")).contains("has a host that does not resolve");
    }
}
