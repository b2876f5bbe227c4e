package org.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    @DisplayName("issue 18 item 2: a Chinese header wraps between characters, counted in East Asian Width units;"
            + " closing punctuation never begins a line")
    void chineseWrapsBetweenCharacters() {
        // 平均用时（小时，扣除暂停）: 13 full-width characters, 26 units
        assertThat(CellText.lines("平均用时（小时，扣除暂停）", 26)).isEqualTo(1);
        assertThat(CellText.lines("平均用时（小时，扣除暂停）", 14)).isEqualTo(2);
        assertThat(CellText.lines("平均用时（小时，扣除暂停）", 8)).isEqualTo(4);
        // "（小" and "时，" stay together: the longest piece is two characters
        assertThat(CellText.longestUnbreakable("平均用时（小时，扣除暂停）")).isEqualTo(4);
        assertThat(CellText.longestUnbreakable("未答复：")).isEqualTo(4);
    }

    @Test
    @DisplayName("issue 18 item 2: an English header wraps at spaces only, a word is never split; lines of the text"
            + " count each")
    void englishWrapsAtSpaces() {
        assertThat(CellText.longestUnbreakable("Mean hours to meet (net of pauses)"))
                .isEqualTo("pauses)".length());
        assertThat(CellText.lines("Mean hours to meet (net of pauses)", 18)).isEqualTo(2);
        assertThat(CellText.lines("Mean hours to meet (net of pauses)", 34)).isEqualTo(1);
        assertThat(CellText.lines("Forwarded cases unanswered", 10)).isEqualTo(3);
        assertThat(CellText.lines("ABB (China) Ltd.\n上海磁悬浮风机股份有限公司", 30)).isEqualTo(2);
        assertThat(CellText.lines("", 10)).isEqualTo(1);
    }
}
