package org.loungehub.alert;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where the hub may post webhooks: http(s) URLs whose host resolves only to public internet addresses. A webhook is
 * a request the hub makes on a caller's behalf; without this check an enterprise key could make it call the hub's
 * own loopback services, cloud metadata (169.254.169.254) or the lounge's internal network (SSRF). Checked when a
 * demand is saved and again before every delivery, since a name can be re-pointed after the first check (DNS
 * rebinding). {@code hub.alerts.allow-private-webhooks} lifts the address rule (a hub whose receivers are internal,
 * and the tests' local receiver). The answer never says which address a name resolved to.
 */
@Component
public class WebhookAddresses {

    /** Resolves a host name to all of its addresses (the system resolver; tests pass their own). */
    @FunctionalInterface
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    WebhookAddresses(AlertProperties properties) {
        this(properties.allowPrivateWebhooks(), host -> List.of(InetAddress.getAllByName(host)));
    }

    WebhookAddresses(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL, checked; IllegalArgumentException (400) saying what is wrong if the hub may not post to it. */
    public URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhookUrl is not a valid URL: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("webhookUrl must be an absolute http(s) URL; got '" + url + "'");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("webhookUrl must not carry credentials (user:password@); send them in the path or query");
        }
        if (allowPrivate) {
            return uri;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = List.of();
        }
        if (addresses.isEmpty() || !addresses.stream().allMatch(WebhookAddresses::isPublic)) {
            throw new IllegalArgumentException("webhookUrl must point to a public internet address: host '"
                    + uri.getHost() + "' does not resolve to one only (loopback, private, link-local, multicast and "
                    + "reserved addresses are refused)");
        }
        return uri;
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, multicast, unspecified or reserved. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;                                   // fc00::/7 unique local (IPv6's private range)
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
                return false;                                   // fe80::/10 link-local
            }
            if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isPublicIpv4(tail(b));                   // ::ffff:a.b.c.d IPv4-mapped
            }
            if (zeros(b, 0, 12)) {
                return false;                                   // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && zeros(b, 4, 12)) {
                return isPublicIpv4(tail(b));                   // 64:ff9b::a.b.c.d NAT64
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]});   // 2002:abcd::/16 6to4
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(a == 0                                         // 0.0.0.0/8 "this network"
                || a == 10                                      // 10/8 private
                || a == 127                                     // loopback
                || (a == 100 && second >= 64 && second <= 127)  // 100.64/10 carrier-grade NAT
                || (a == 169 && second == 254)                  // link-local, cloud metadata
                || (a == 172 && second >= 16 && second <= 31)   // 172.16/12 private
                || (a == 192 && second == 168)                  // 192.168/16 private
                || (a == 192 && second == 0 && (b[2] & 0xff) == 0)  // 192.0.0/24 protocol assignments
                || (a == 198 && (second == 18 || second == 19)) // 198.18/15 benchmarking
                || a >= 224);                                   // multicast, reserved, broadcast
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] b) {
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
