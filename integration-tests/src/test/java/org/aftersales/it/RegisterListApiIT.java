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

    @Test
    @DisplayName("R-C4 issue 14: the subcontractor register's rows carry no ledger movements; GET"
            + " /subcontractor-retentions/{id}/entries pages a retention's movements in entry order, next walks them as"
            + " its single read lists them, a cursor page has no total; another retention's cursor is refused on"
            + " \"after\"")
    void movementsPagedOnTheirOwn() {
        JsonObject register = erp().get("subcontractor-retentions?size=500").json();
        List<Long> retentions = ids(register);
        assertThat(retentions).as("the register").hasSizeGreaterThanOrEqualTo(2);
        assertThat(register.getJsonArray("items").getValuesAs(JsonObject.class))
                .as("rows without their movements")
                .allMatch(row -> !row.containsKey("entries") && row.containsKey("balance"));

        for (long retention : retentions.subList(0, 2)) {
            List<Long> single = ids(erp().get("subcontractor-retentions/" + retention)
                    .json()
                    .getJsonArray("entries")
                    .getValuesAs(JsonObject.class));
            assertThat(single).as("movements of " + retention).isNotEmpty().isSorted();
            JsonObject first = erp().get("subcontractor-retentions/" + retention + "/entries?size=1")
                    .json();
            assertThat(first.getBoolean("totalExact")).isTrue();
            assertThat(first.getInt("total")).isEqualTo(single.size());
            List<Long> walked = new ArrayList<>(ids(first));
            JsonObject page = first;
            int pages = 0;
            while (page.containsKey("next") && !page.isNull("next") && ++pages < 100) {
                Api.Reply reply = erp().get("subcontractor-retentions/" + retention + "/entries?size=1&after="
                        + page.getString("next"));
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                page = reply.json();
                assertThat(page.containsKey("total") && !page.isNull("total"))
                        .as("a cursor page counts nothing: " + page)
                        .isFalse();
                walked.addAll(ids(page));
            }
            assertThat(walked).as("walked by next").containsExactlyElementsOf(single);
        }

        long moved = retentions.stream()
                .filter(r -> erp().get("subcontractor-retentions/" + r)
                                .json()
                                .getJsonArray("entries")
                                .size()
                        >= 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a retention with two movements in " + retentions));
        String next = erp().get("subcontractor-retentions/" + moved + "/entries?size=1")
                .json()
                .getString("next");
        long other = retentions.get(0) == moved ? retentions.get(1) : retentions.get(0);
        Api.Reply foreign = erp().get("subcontractor-retentions/" + other + "/entries?size=1&after=" + next);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(foreign.body()).contains("\"field\":\"after\"");
        assertThat(erp().get("subcontractor-retentions/999999999/entries").status())
                .isEqualTo(404);
    }

    private static List<Long> ids(List<JsonObject> items) {
        return items.stream().map(item -> item.getJsonNumber("id").longValue()).toList();
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
