package org.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Map<String, String> COLUMNS = Map.of("tag", "e.tag", "name", "e.name");

    @Test
    @DisplayName("STYLE-12 lists sort only by whitelisted columns; no or an unknown sort field takes the default")
    void orderByIsWhitelistedAndNullSafe() {
        assertThat(new PageRequest(0, 10, "name", false).orderBy(COLUMNS, "e.tag"))
                .isEqualTo("e.name desc");
        assertThat(PageRequest.first(10).orderBy(COLUMNS, "e.tag")).isEqualTo("e.tag asc");
        assertThat(new PageRequest(0, 10, "e.id; drop table x", true).orderBy(COLUMNS, "e.tag"))
                .isEqualTo("e.tag asc");
    }
}
