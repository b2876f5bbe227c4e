package org.aftersales.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 17, webhooks: the signature, the back-off schedule and the refused addresses, as rules. */
class WebhookRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    @DisplayName("issue 17: X-Aftersales-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">, as a"
            + " receiver computes it with javax.crypto")
    void signatureVerifies() throws Exception {
        String secret = "whsec-0123456789abcdef";
        String body = "{\"at\":\"2026-12-07T02:00:00Z\",\"id\":7,\"kind\":\"CASE_CLOSED\",\"resource\":\"x/案例\"}";
        long t = NOW.getEpochSecond();

        String header = WebhookSignature.header(secret, t, body);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(header).isEqualTo("t=1796608800,v1=" + expected);
        assertThat(expected).hasSize(64).matches("[0-9a-f]+");
        assertThat(WebhookSignature.header("another-secret-0123", t, body)).isNotEqualTo(header);
        assertThat(WebhookSignature.header(secret, t, body + " ")).isNotEqualTo(header);
    }

    @Test
    @DisplayName("issue 17: retries back off exponentially from the base (30 s: 30 s, 1 min, 2 min, 4 min …), the"
            + " delay capped at 1 h")
    void backOff() {
        Duration base = Duration.ofSeconds(30);
        List<Duration> delays = IntStream.rangeClosed(1, 10)
                .mapToObj(n -> WebhookRetry.delayAfter(n, base))
                .toList();

        assertThat(delays)
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(16),
                        Duration.ofMinutes(32),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
        assertThat(WebhookRetry.delayAfter(500, base)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("issue 17: a failed attempt is retried after its delay while the first attempt is less than 24 h"
            + " ago; at 24 h it is a dead letter")
    void deadAfterTwentyFourHours() {
        Duration base = Duration.ofSeconds(30);
        Instant first = NOW;

        assertThat(WebhookRetry.nextAttempt(first, 1, first, base)).contains(first.plusSeconds(30));
        assertThat(WebhookRetry.nextAttempt(first, 30, first.plus(Duration.ofHours(23)), base))
                .contains(first.plus(Duration.ofHours(24)));
        assertThat(WebhookRetry.nextAttempt(first, 31, first.plus(Duration.ofHours(24)), base))
                .isEmpty();
    }

    private static InetAddress[] resolveTo(String host, String... addresses) throws UnknownHostException {
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByAddress(
                    host, InetAddress.getByName(addresses[i]).getAddress());
        }
        return resolved;
    }

    private static String refusal(String url) {
        try {
            WebhookAddresses.check(url, false, host -> switch (host) {
                case "erp.example.com" -> resolveTo(host, "93.184.216.34");
                case "intranet.example.com" -> resolveTo(host, "93.184.216.34", "10.1.2.3");
                case "nowhere.invalid" -> throw new UnknownHostException(host);
                default -> InetAddress.getAllByName(host);
            });
            return null;
        } catch (BusinessException refused) {
            assertThat(refused.getField()).isEqualTo("url");
            return refused.getMessageKey();
        }
    }

    @Test
    @DisplayName("issue 17: a webhook address must be http/https on a public address: loopback, link-local, private"
            + " (RFC 1918, fc00::/7), 0.0.0.0 and host names resolving to them are refused unless allow-private")
    void privateAddressesRefused() {
        assertThat(refusal("https://erp.example.com/hooks/aftersales")).isNull();
        assertThat(refusal("http://93.184.216.34:8080/hook")).isNull();

        for (String url : List.of(
                "http://127.0.0.1/hook",
                "http://localhost:9000/hook",
                "http://[::1]/hook",
                "http://10.0.0.5/hook",
                "http://172.16.1.1/hook",
                "http://172.31.255.255/hook",
                "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0/hook",
                "http://[fd00::1]/hook",
                "http://[fc00::1]/hook",
                "http://[fe80::1]/hook",
                "http://intranet.example.com/hook")) {
            assertThat(refusal(url)).as(url).isEqualTo("webhook.error.urlPrivate");
        }
        assertThat(refusal("http://172.32.0.1/hook"))
                .as("just outside 172.16/12")
                .isNull();
        assertThat(refusal("ftp://erp.example.com/hook")).isEqualTo("webhook.error.urlScheme");
        assertThat(refusal("file:///etc/passwd")).isEqualTo("webhook.error.urlScheme");
        assertThat(refusal("erp.example.com/hook")).isEqualTo("webhook.error.urlScheme");
        assertThat(refusal("http://user:pw@erp.example.com/hook")).isEqualTo("webhook.error.urlInvalid");
        assertThat(refusal("http://nowhere.invalid/hook")).isEqualTo("webhook.error.urlUnresolvable");
        assertThat(refusal(" ")).isEqualTo("webhook.error.urlRequired");

        assertThat(WebhookAddresses.check("http://127.0.0.1:8123/hook", true, host -> {
                    throw new AssertionError("not resolved when private addresses are allowed");
                }))
                .hasPort(8123);
        assertThatThrownBy(() -> WebhookAddresses.check("gopher://127.0.0.1/", true, InetAddress::getAllByName))
                .isInstanceOf(BusinessException.class);
    }
}
