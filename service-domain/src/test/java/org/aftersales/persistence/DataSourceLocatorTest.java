package org.aftersales.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DataSourceLocatorTest {

    @Test
    @DisplayName(
            "Robustness: without a data source (no URL, no JNDI name) the application refuses to start, saying what to set")
    void noDataSourceRefuses() {
        Optional<String> refusal = DataSourceLocator.refusal(Optional.empty(), Optional.empty());

        assertThat(refusal)
                .hasValueSatisfying(line -> assertThat(line)
                        .startsWith("Aftersales refuses to start: no data source is configured.")
                        .contains(
                                "aftersales.datasource.url",
                                "AFTERSALES_DATASOURCE_URL",
                                "aftersales.datasource.jndi-name"));
        assertThat(DataSourceLocator.refusal(Optional.of("  "), Optional.of("")))
                .as("blank is not configured")
                .isPresent();
    }

    @Test
    @DisplayName("Robustness: an application data source URL or a server data source's JNDI name lets it start")
    void eitherDataSourceStarts() {
        assertThat(DataSourceLocator.refusal(Optional.of("jdbc:postgresql://db/aftersales"), Optional.empty()))
                .isEmpty();
        assertThat(DataSourceLocator.refusal(Optional.empty(), Optional.of("jdbc/aftersales")))
                .isEmpty();
    }
}
