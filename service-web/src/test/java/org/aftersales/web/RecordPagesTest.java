package org.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordPagesTest {

    @Test
    @DisplayName("Robustness: a record id in a URL is a plain positive decimal that fits a long")
    void plainDecimalsAreIds() {
        assertThat(RecordPages.id("1")).hasValue(1L);
        assertThat(RecordPages.id("970")).hasValue(970L);
        assertThat(RecordPages.id("007")).hasValue(7L);
        assertThat(RecordPages.id("9223372036854775807")).hasValue(Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "abc",
                "-1",
                "+1",
                "0",
                " 1",
                "1 ",
                "1.0",
                "1e3",
                "0x10",
                "１２",
                "٣",
                "9223372036854775808",
                "99999999999999999999",
                "00000000000000000001"
            })
    @DisplayName("Robustness: a malformed id (non-numeric, negative, zero, overflow, other digits) is no id")
    void anythingElseIsNone(String text) {
        assertThat(RecordPages.id(text)).isEmpty();
    }

    @Test
    @DisplayName("Robustness: no id parameter is no id")
    void absentIsNone() {
        assertThat(RecordPages.id(null)).isEmpty();
    }
}
