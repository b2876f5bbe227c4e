package org.aftersales.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarConfigurationTest {

    @Test
    @DisplayName("Robustness: the WAR's configuration defaults name no data-source URL, user or password")
    void warCarriesNoDataSource() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.stringPropertyNames())
                .isNotEmpty()
                .doesNotContain(
                        "aftersales.datasource.url", "aftersales.datasource.user", "aftersales.datasource.password");
    }
}
