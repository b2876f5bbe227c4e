package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    @DisplayName("R-K1 a sent name keeps only its last segment, without control characters or hiding dots")
    void cleansSentNames() {
        assertThat(FileNames.clean("../../x.pdf")).isEqualTo("x.pdf");
        assertThat(FileNames.clean("..\\..\\windows\\泵站说明书.pdf")).isEqualTo("泵站说明书.pdf");
        assertThat(FileNames.clean("evil\r\nSet-Cookie: a=b.pdf")).isEqualTo("evilSet-Cookie a=b.pdf");
        assertThat(FileNames.clean("report.pdf\u202Eexe.")).isEqualTo("report.pdfexe");
        assertThat(FileNames.clean(" ... ")).isNull();
        assertThat(FileNames.clean("../..")).isNull();
        assertThat(FileNames.clean("图".repeat(300) + ".pdf"))
                .hasSize(FileNames.MAX_LENGTH)
                .endsWith("图.pdf");
    }

    @Test
    @DisplayName("R-B4 downloads keep a Chinese file name: RFC 5987 filename* in UTF-8 with an ASCII fallback")
    void contentDisposition() {
        assertThat(FileNames.contentDisposition("attachment", "鼓风机 手册 v2.pdf"))
                .isEqualTo(
                        "attachment; filename=\"___ __ v2.pdf\"; filename*=UTF-8''%E9%BC%93%E9%A3%8E%E6%9C%BA%20%E6%89%8B%E5%86%8C%20v2.pdf");
        assertThat(FileNames.contentDisposition("inline", "a\"b%c.txt"))
                .isEqualTo("inline; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%25c.txt");
    }
}
