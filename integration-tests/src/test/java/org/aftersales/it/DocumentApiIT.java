package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The document store through the REST API on Payara Micro and PostgreSQL (R-K1, R-B4): a multipart upload checked as
 * in the portal, stored whole or not at all, downloaded with its Chinese name intact.
 */
class DocumentApiIT extends AgainstDeployment {

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long firstEquipmentItemOf(long projectId) {
        Api.Reply items = erp().get("projects/" + projectId + "/equipment?size=1");
        assertThat(items.status()).as(items.toString()).isEqualTo(200);
        return items.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** A project other browser tests leave alone, whose first item's archive this test may add to. */
    private long aProjectWithEquipment() {
        return projectId("WTP-2023-001");
    }

    @Test
    @DisplayName(
            "R-K1 R-B4 POST /documents stores a file with a Chinese name under an equipment item: 201, SHA-256, download with the name RFC 5987-encoded")
    void uploadAndDownloadWithChineseName() throws Exception {
        long projectId = aProjectWithEquipment();
        long itemId = firstEquipmentItemOf(projectId);
        byte[] content = pdf("罗茨鼓风机说明书");

        Api.Reply created = erp().postFile(
                        "documents",
                        Map.of(
                                "kind",
                                "TECHNICAL_MANUAL",
                                "title",
                                "罗茨鼓风机说明书",
                                "projectId",
                                String.valueOf(projectId),
                                "equipmentItemId",
                                String.valueOf(itemId)),
                        "罗茨鼓风机 说明书.pdf",
                        content);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject document = created.json();
        long id = document.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/documents/" + id);
        assertThat(document.getString("fileName")).isEqualTo("罗茨鼓风机 说明书.pdf");
        assertThat(document.getString("title")).isEqualTo("罗茨鼓风机说明书");
        assertThat(document.getString("fileType")).isEqualTo("PDF");
        assertThat(document.getString("sha256")).isEqualTo(sha256(content));
        assertThat(document.getJsonNumber("sizeBytes").longValue()).isEqualTo(content.length);
        assertThat(erp().get("equipment/" + itemId + "/documents").body()).contains("\"id\":" + id);

        HttpResponse<byte[]> download = erp().download(document.getString("contentUrl"), "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"")
                .contains(
                        "filename*=UTF-8''%E7%BD%97%E8%8C%A8%E9%BC%93%E9%A3%8E%E6%9C%BA%20%E8%AF%B4%E6%98%8E%E4%B9%A6.pdf");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    }

    /** A real Word document whose body unpacks to {@code inflatedMb} MB from about a thousandth of that. */
    private static byte[] docxBomb(int inflatedMb) throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("placeholder");
            word.write(docx);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                    + "<w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] megabyte = new byte[1024 * 1024];
                    Arrays.fill(megabyte, (byte) 'a');
                    for (int i = 0; i < inflatedMb; i++) {
                        out.write(megabyte);
                    }
                    out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bomb.toByteArray();
    }

    @Test
    @DisplayName(
            "R-K3 a decompression bomb (200 MB from 200 KB) is stored without text: 201, textState LIMIT_TRIPPED, textLimit COMPRESSION_RATIO; the instance keeps serving and reads the next file")
    void decompressionBombIsStoredWithoutText() throws Exception {
        byte[] bomb = docxBomb(200);

        Api.Reply created = erp().postFile("documents", Map.of("kind", "TECHNICAL_MANUAL"), "鼓风机维护手册.docx", bomb);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("textState")).isEqualTo("LIMIT_TRIPPED");
        assertThat(created.json().getString("textLimit")).isEqualTo("COMPRESSION_RATIO");
        Api.Reply read = erp().get("documents/" + id);
        assertThat(read.json().getString("textState")).isEqualTo("LIMIT_TRIPPED");
        assertThat(count("select count(*) from document_content where document_id = " + id))
                .as("the file itself is kept")
                .isEqualTo(1);
        assertThat(count("select count(*) from document_text where document_id = " + id))
                .isZero();

        Api.Reply next = erp().postFile(
                        "documents",
                        Map.of("kind", "TECHNICAL_MANUAL"),
                        "鼓风机巡检要点.txt",
                        "鼓风机进口过滤器每周清扫。".getBytes(StandardCharsets.UTF_8));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().getString("textState")).isEqualTo("EXTRACTED");
        assertThat(next.json().containsKey("textLimit"))
                .as("no limit: left out, as every null is")
                .isFalse();
        assertThat(erp().get("health").status()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "R-K1 a file over the configured limit (50 MB) is refused with 413 and a clear message; nothing is stored")
    void tooLarge() throws Exception {
        long before = count("select count(*) from stored_document");
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy(pdf("x"), 0, big, 0, pdf("x").length);

        Api.Reply refused = erp().inEnglish().postFile("documents", Map.of("kind", "SCAN"), "scan.pdf", big);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("scan.pdf").contains("50 MB");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("file");
        assertThat(count("select count(*) from stored_document")).isEqualTo(before);
        assertThat(count("select count(*) from document_content"))
                .isEqualTo(count("select count(*) from stored_document"));
    }

    @Test
    @DisplayName(
            "R-K1 a type disguised by its extension (a program named .pdf, a picture named .docx) is refused with 415; nothing is stored")
    void wrongTypeDisguisedByExtension() throws Exception {
        long before = count("select count(*) from stored_document");
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        Api.Reply exe = erp().postFile("documents", Map.of("kind", "TECHNICAL_MANUAL"), "手册.pdf", program);
        Api.Reply picture = erp().inEnglish().postFile("documents", Map.of("kind", "DRAWING"), "drawing.docx", png);

        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(exe.json().getString("detail")).contains("手册.pdf").contains("不是允许的类型");
        assertThat(picture.status()).as(picture.toString()).isEqualTo(415);
        assertThat(picture.json().getString("detail")).contains("drawing.docx").contains(".png");
        assertThat(count("select count(*) from stored_document")).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "R-K1 an upload without kind or without file is refused with 422 on that field; without credentials 401")
    void otherRefusals() throws Exception {
        long before = count("select count(*) from stored_document");

        Api.Reply noKind = erp().postFile("documents", Map.of(), "说明.txt", "说明".getBytes(StandardCharsets.UTF_8));
        Api.Reply unknownKind =
                erp().postFile("documents", Map.of("kind", "POSTER"), "说明.txt", "说明".getBytes(StandardCharsets.UTF_8));
        Api.Reply anonymous = Api.anonymous(base)
                .postFile("documents", Map.of("kind", "SCAN"), "a.txt", "a".getBytes(StandardCharsets.UTF_8));

        assertThat(noKind.status()).as(noKind.toString()).isEqualTo(422);
        assertThat(noKind.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("kind");
        assertThat(unknownKind.status()).as(unknownKind.toString()).isEqualTo(422);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(count("select count(*) from stored_document")).isEqualTo(before);
    }

    @Test
    @DisplayName("R-K2 POST /documents with manualId makes the file a DRAFT version of that manual")
    void manualVersion() throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into manual (id, version, created_at, created_by, modified_at, modified_by, number,"
                            + " title, kind) values (990000001, 1, now(), 'it', now(), 'it', 'MAN-IT-01', '格栅机维护手册',"
                            + " 'MAINTENANCE_GUIDE')");
        }
        byte[] text = "格栅机链条每月检查一次张紧度。".getBytes(StandardCharsets.UTF_8);

        Api.Reply created = as("specialist")
                .postFile(
                        "documents",
                        Map.of("manualId", "990000001", "versionLabel", "V1.0", "changes", "首次发布"),
                        "格栅机维护手册.txt",
                        text);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonNumber("manualId").longValue()).isEqualTo(990000001L);
        assertThat(created.json().getString("textState")).isEqualTo("EXTRACTED");
        long versionId = created.json().getJsonNumber("manualVersionId").longValue();
        assertThat(count("select count(*) from manual_version where id = " + versionId
                        + " and state = 'DRAFT' and label = 'V1.0'"))
                .isEqualTo(1);
        Api.Reply found =
                erp().get("knowledge/search?q=" + java.net.URLEncoder.encode("链条 张紧度", StandardCharsets.UTF_8));
        assertThat(found.body()).contains("MAN-IT-01");
    }
}
