package com.lumenbridge.order.webhook.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where webhooks may go: https to a host whose every address is public. Loopback, link-local,
 * private (site-local, IPv6 unique-local), carrier-grade NAT, wildcard and multicast addresses are
 * refused, so a partner cannot point the platform at its own network; the operator's allow-list
 * names hosts exempt from both rules (a local receiver in tests or on the local stack).
 */
public final class WebhookTargets {

    /** Resolves a host name to its addresses; the JDK resolver in production, a table in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public WebhookTargets(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why {@code url} may not receive webhooks; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("is not a URL");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.of("must be an absolute URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean allowListed = allowedHosts.contains(host);
        if (!scheme.equals("https") && !(allowListed && scheme.equals("http"))) {
            return Optional.of("must use https");
        }
        if (allowListed) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("resolves to a loopback, link-local or private address (" + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8, 192.0.0.0/24 protocol assignments, 198.18.0.0/15 benchmarking
            return !(first == 100 && second >= 64 && second <= 127) && first != 0
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && !(first == 198 && (second == 18 || second == 19));
        }
        // fc00::/7 unique-local
        return (b[0] & 0xfe) != 0xfc;
    }
}
