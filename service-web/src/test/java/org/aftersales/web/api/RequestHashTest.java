package org.aftersales.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestHashTest {

    private static byte[] form(String boundary, String photo) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"泵房.jpg\"\r\n\r\n"
                        + photo + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String hash(String contentType, byte[] body) throws IOException {
        return RequestHash.of(contentType, new ByteArrayInputStream(body));
    }

    /** The body fed in pieces of {@code size} bytes, as a servlet stream hands it over. */
    private static String hashInPieces(String contentType, byte[] body, int size) {
        RequestHash hash = new RequestHash(contentType);
        for (int offset = 0; offset < body.length; offset += size) {
            hash.update(body, offset, Math.min(size, body.length - offset));
        }
        return hash.finish();
    }

    @Test
    @DisplayName("API.md Idempotency-Key: the same photo sent twice with new multipart boundaries is the same body")
    void boundaryLeftOut() throws IOException {
        String first = hash(
                "multipart/form-data; boundary=----WebKitFormBoundaryA1b2C3",
                form("----WebKitFormBoundaryA1b2C3", "JPEG"));
        String again = hash("multipart/form-data; boundary=\"xyz-77\"", form("xyz-77", "JPEG"));

        assertThat(again).isEqualTo(first);
        assertThat(hash("multipart/form-data; boundary=xyz-77", form("xyz-77", "PNG!")))
                .isNotEqualTo(first);
    }

    @Test
    @DisplayName("API.md Idempotency-Key: a boundary cut between two reads is still left out; bytes that only begin"
            + " like it are kept")
    void piecesAndNearMisses() throws IOException {
        String boundary = "abcabd";
        String type = "multipart/form-data; boundary=" + boundary;
        // "abcabc" and "ab" begin like the boundary and are content: they must count.
        byte[] body = form(boundary, "x abcabc abcab ab");

        String whole = hash(type, body);
        for (int size = 1; size <= 7; size++) {
            assertThat(hashInPieces(type, body, size)).as("pieces of " + size).isEqualTo(whole);
        }
        assertThat(whole).isNotEqualTo(hash(type, form(boundary, "x abcabc abcab a")));
        assertThat(whole).isEqualTo(hash("multipart/form-data; boundary=zz", form("zz", "x abcabc abcab ab")));
    }

    @Test
    @DisplayName("API.md Idempotency-Key: a JSON body is hashed as it is, byte for byte")
    void json() throws IOException {
        String type = "application/json";
        assertThat(hash(type, "{\"at\":\"2026-12-07T01:00:00Z\"}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(hash(type, "{\"at\":\"2026-12-07T01:00:01Z\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(hashInPieces(type, "{\"at\":\"2026-12-07T01:00:00Z\"}".getBytes(StandardCharsets.UTF_8), 3));
    }
}
