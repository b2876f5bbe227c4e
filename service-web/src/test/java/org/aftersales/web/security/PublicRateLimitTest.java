package org.aftersales.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

    @Test
    @DisplayName("issue 16 Tokens: the public endpoints admit the limit's requests per key and window, then 429 with"
            + " the seconds left until the window ends; a new window admits again; other keys count apart")
    void fixedWindow() {
        FailedLoginThrottleTest.Hand clock = new FailedLoginThrottleTest.Hand();
        FixedWindowLimiter limiter = new FixedWindowLimiter(clock, 3, Duration.ofSeconds(60));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.hit("203.0.113.9")).isEmpty();
        }
        clock.now = clock.now.plusSeconds(20);
        assertThat(limiter.hit("203.0.113.9")).hasValue(40);
        assertThat(limiter.hit("198.51.100.1")).isEmpty();
        clock.now = clock.now.plusSeconds(40);
        assertThat(limiter.hit("203.0.113.9")).isEmpty();
    }

    @Test
    @DisplayName("issue 16 Tokens: X-Forwarded-For names the client only for a request from a configured proxy")
    void forwardedForOnlyFromTrustedProxy() {
        Set<String> proxies = ClientAddress.proxies(" 10.0.0.2, 10.0.0.3 ,");
        assertThat(proxies).containsExactlyInAnyOrder("10.0.0.2", "10.0.0.3");
        assertThat(ClientAddress.of("10.0.0.2", "203.0.113.9, 10.0.0.1", proxies))
                .isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", proxies)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.2", null, proxies)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", "203.0.113.9", ClientAddress.proxies(null)))
                .isEqualTo("10.0.0.2");
    }
}
