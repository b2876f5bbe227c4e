package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scale issue 14 on the retention registers over the API (R-C4, R-C5): {@code after} → {@code next} walks each
 * register in its order without gaps or repeats, a page costs the same statements however many rows it has, and a
 * cursor of the other register is refused naming {@code after}.
 */
class RegisterListApiIT extends AgainstDeployment {

    private static final Pattern STATEMENTS = Pattern.compile("stmt;desc=\"(\\d+)\"");

    @Test
    @DisplayName("R-C4 R-C5 issue 14: next walks both retention registers page by page exactly as one offset page lists"
            + " them, without gaps or repeats; a cursor page has no total; the statements of a page do not grow with"
            + " its rows; a cursor of the other register is refused on \"after\"")
    void nextWalksTheRegisters() {
        List<Long> projects = ids(erp().get("projects?size=6").json());
        assertThat(projects).as("demo projects").hasSizeGreaterThanOrEqualTo(3);
        // Firms of its own: the demo's firms on the demo projects are the other tests' (one retention per firm and
        // project).
        List<Long> firms = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            firms.add(erp().post(
                            "subcontractors",
                            "{\"name\":\"分页测试设备厂-" + System.nanoTime() + "\",\"kind\":\"EQUIPMENT_SUPPLIER\"}")
                    .json()
                    .getJsonNumber("id")
                    .longValue());
        }
        for (long project : projects) {
            for (long firm : firms) {
                Api.Reply held = erp().post(
                                "subcontractor-retentions",
                                "{\"projectId\":" + project + ",\"subcontractorId\":" + firm
                                        + ",\"heldAmount\":\"1000.00\"}");
                assertThat(held.status()).as(held.toString()).isEqualTo(201);
            }
        }

        for (String register : List.of("subcontractor-retentions", "project-retentions")) {
            JsonObject whole = erp().get(register + "?size=500").json();
            List<Long> byOffset = ids(whole);
            assertThat(byOffset).as(register).hasSizeGreaterThanOrEqualTo(register.startsWith("sub") ? 6 : 2);
            assertThat(whole.getBoolean("totalExact")).as(whole.toString()).isTrue();
            assertThat(whole.getJsonNumber("total").longValue()).isEqualTo(byOffset.size());

            List<Long> walked = new ArrayList<>();
            Api.Reply page = erp().get(register + "?size=2");
            int pages = 0;
            while (true) {
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                JsonObject json = page.json();
                if (pages > 0) {
                    assertThat(json.containsKey("total") && !json.isNull("total"))
                            .as("a cursor page counts nothing: " + json)
                            .isFalse();
                }
                walked.addAll(ids(json));
                String next = json.containsKey("next") && !json.isNull("next") ? json.getString("next") : null;
                if (next == null || ++pages > 300) {
                    break;
                }
                page = erp().get(register + "?size=2&after=" + next);
            }
            assertThat(walked).as(register + " walked by next").containsExactlyElementsOf(byOffset);

            int small = statements(erp().get(register + "?size=1"));
            int large = statements(erp().get(register + "?size=500"));
            // The project register reads the late-payment rates and one holiday calendar once for a page that holds a
            // retention with a return application (R-C8), whatever the number of such rows.
            int once = register.startsWith("project") ? 2 : 0;
            assertThat(large)
                    .as(register + ": statements of a page of " + byOffset.size() + " rows and of 1 (" + small + ")")
                    .isBetween(small, small + once);
            assertThat(large).as(register + ": statements per page").isLessThanOrEqualTo(7);
        }

        String subcontractorNext =
                erp().get("subcontractor-retentions?size=1").json().getString("next");
        Api.Reply foreign = erp().get("project-retentions?size=1&after=" + subcontractorNext);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(foreign.body()).contains("\"field\":\"after\"");
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue())
                .toList();
    }

    /** The statements a GET sent, from the response's Server-Timing header. */
    private static int statements(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String timing = reply.header("Server-Timing");
        assertThat(timing).as("Server-Timing of " + reply).isNotNull();
        Matcher matcher = STATEMENTS.matcher(timing);
        assertThat(matcher.find()).as(timing).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
