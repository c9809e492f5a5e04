package org.loungehub.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF check of webhook URLs, with a resolver of its own (no DNS): only public internet addresses. */
class WebhookAddressesTest {

    private final Map<String, List<InetAddress>> dns = new java.util.HashMap<>();
    private final WebhookAddresses checker = new WebhookAddresses(false, host -> {
        List<InetAddress> found = dns.get(host);
        if (found != null) {
            return found;
        }
        if (Character.digit(host.charAt(0), 16) >= 0 || host.contains(":")) {
            return List.of(InetAddress.getByName(host));   // a literal address: parsed, never looked up
        }
        throw new UnknownHostException(host);
    });

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.8.8", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "0.0.0.0", "100.64.0.1", "198.18.0.1", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "240.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1",
            "::127.0.0.1"})
    void refusesLoopbackPrivateLinkLocalMulticastAndReservedAddresses(String literal) {
        assertThat(WebhookAddresses.isPublic(ip(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2001:4860:4860::8888",
            "::ffff:8.8.8.8", "2002:0808:0808::1"})
    void acceptsPublicAddresses(String literal) {
        assertThat(WebhookAddresses.isPublic(ip(literal))).as(literal).isTrue();
    }

    @Test
    void checksIpv4MappedAddressesEvenWhenKeptAsIpv6() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        assertThat(WebhookAddresses.isPublic(Inet6Address.getByAddress(null, mapped, null))).isFalse();
    }

    @Test
    void acceptsAnHttpsUrlOfAPublicHost() {
        dns.put("crm.example", List.of(ip("93.184.216.34")));
        assertThat(checker.check("https://crm.example/hooks/lounge").getHost()).isEqualTo("crm.example");
        assertThat(checker.check("http://93.184.216.34:8080/x").getPort()).isEqualTo(8080);
    }

    @Test
    void refusesANameWithAnyPrivateAddressWithoutSayingWhichOne() {
        List<InetAddress> both = new ArrayList<>(List.of(ip("93.184.216.34"), ip("10.0.0.5")));
        dns.put("split.example", both);
        assertThatThrownBy(() -> checker.check("https://split.example/hook"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must point to a public internet address").hasMessageNotContaining("10.0.0.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook",
            "http://[::ffff:127.0.0.1]/hook", "http://169.254.169.254/latest/meta-data", "http://0/",
            "https://unresolvable.example/hook"})
    void refusesInternalOrUnresolvableTargets(String url) {
        dns.put("localhost", List.of(ip("127.0.0.1")));
        assertThatThrownBy(() -> checker.check(url)).as(url).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public internet address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "file:///etc/passwd", "gopher://example.org/", "/relative/hook",
            "javascript:alert(1)"})
    void refusesOtherSchemes(String url) {
        assertThatThrownBy(() -> checker.check(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhookUrl must be an absolute http(s) URL");
    }

    @Test
    void refusesCredentialsInTheUrl() {
        dns.put("crm.example", List.of(ip("93.184.216.34")));
        assertThatThrownBy(() -> checker.check("https://user:secret@crm.example/hook"))
                .hasMessageContaining("must not carry credentials");
    }

    @Test
    void privateReceiversAreAllowedWhenConfigured() {
        WebhookAddresses open = new WebhookAddresses(false, host -> List.of(ip("127.0.0.1")));
        WebhookAddresses allowing = new WebhookAddresses(true, host -> {
            throw new AssertionError("no lookup needed");
        });
        assertThatThrownBy(() -> open.check("http://localhost:9000/hook")).isInstanceOf(IllegalArgumentException.class);
        assertThat(allowing.check("http://localhost:9000/hook").getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> allowing.check("ftp://localhost/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
