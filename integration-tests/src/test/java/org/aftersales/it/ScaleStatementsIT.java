package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scale issue's statement budgets, counted by the application itself ({@code Server-Timing: stmt;desc="n"}, on in
 * this test run through {@code -Daftersales.server-timing=true}): a page of the case list over the API costs at most
 * four statements — the credential check, the count, the page's ids, its cases with projects and clocks — with a filter,
 * a sort or a cursor; and neither the list nor "my work" send more statements when there are more cases.
 */
class ScaleStatementsIT extends AgainstDeployment {

    private static final Pattern STATEMENTS = Pattern.compile("stmt;desc=\"(\\d+)\"");

    /** The statements a GET sent, from the response's Server-Timing header. */
    private static int statements(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String timing = reply.header("Server-Timing");
        assertThat(timing).as("Server-Timing of " + reply).isNotNull().contains("app;dur=");
        Matcher matcher = STATEMENTS.matcher(timing);
        assertThat(matcher.find()).as(timing).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private Map<String, Integer> listStatements() {
        long project = projectId("WTP-2025-003");
        Map<String, Integer> counted = new LinkedHashMap<>();
        // A first call warms the credential cache: the budget is for the calls after it.
        statements(erp().get("cases?size=20"));
        counted.put("first page", statements(erp().get("cases?size=20")));
        counted.put("status filter", statements(erp().get("cases?size=20&status=REGISTERED&sort=number&desc=false")));
        counted.put(
                "project filter", statements(erp().get("cases?size=20&projectId=" + project + "&sort=projectCode")));
        counted.put("type + receivedAt asc", statements(erp().get("cases?size=5&type=SERVICE_REQUEST&desc=false")));
        JsonObject first = erp().get("cases?size=2").json();
        String next = first.getString("next", null);
        assertThat(next).as("a cursor after the first page of " + first).isNotNull();
        Api.Reply afterCursor = erp().get("cases?size=2&after=" + next);
        counted.put("after a cursor", statements(afterCursor));
        // The leader's notifications link their cases: the page must not load each case to name its id.
        statements(as("leader").get("notifications?size=50"));
        Api.Reply inbox = as("leader").get("notifications?size=50");
        assertThat(inbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(n -> !n.isNull("caseId"))
                        .count())
                .as("notifications linking a case: " + inbox)
                .isGreaterThanOrEqualTo(2);
        counted.put("notifications", statements(inbox));
        assertThat(afterCursor.json().containsKey("total"))
                .as("a cursor page counts nothing")
                .isFalse();
        return counted;
    }

    private Map<String, Integer> myWorkStatements() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (String user : List.of("specialist", "engineer", "leader", "gm", "project", "engineering", "finance")) {
            statements(as(user).get("my-work"));
            counted.put(user, statements(as(user).get("my-work")));
        }
        return counted;
    }

    @Test
    @DisplayName("Scale: a case list page and a page of notifications cost at most 4 statements each, and the lists and"
            + " every role's \"my work\" send"
            + " no more statements with more cases")
    void statementsDoNotGrowWithTheData() {
        // Two major matters: leadership is told of each (R-S2), so the leader's notifications link cases.
        long majorProject = projectId("WTP-2025-003");
        for (int i = 0; i < 2; i++) {
            Api.Reply major = erp().post(
                            "cases",
                            "{\"projectId\":" + majorProject + ",\"channel\":\"PHONE\",\"type\":\"SERVICE_REQUEST\","
                                    + "\"reporterName\":\"黄经理\",\"description\":\"鼓风机轴承损坏，需返厂\",\"majorMatter\":true}");
            assertThat(major.status()).as(major.toString()).isEqualTo(201);
        }
        Map<String, Integer> listBefore = listStatements();
        assertThat(listBefore.values())
                .as("statements per list request: " + listBefore)
                .allMatch(n -> n <= 4);
        Map<String, Integer> myWorkBefore = myWorkStatements();

        long project = projectId("WTP-2025-003");
        List<Long> equipment = erp()
                .get("projects/" + project + "/equipment?size=20")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> item.getJsonNumber("id").longValue())
                .toList();
        assertThat(equipment).as("the demo project's equipment").hasSizeGreaterThanOrEqualTo(3);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 12; i++) {
            Instant received;
            String item = "";
            String late = "";
            if (i < 6) {
                // Overdue (their 24 h reply clock breached) or near breach: "my work" has more to show.
                received = now.minus(i % 2 == 0 ? 30 : 20, ChronoUnit.HOURS).plusSeconds(i);
                late = "\"lateReason\":\"纸质登记次日补录\",";
            } else {
                // The newest calls, each on an equipment item, as most real cases are: they head the first page, and
                // the page must not load their items one by one.
                received = now.minus(12 - i, ChronoUnit.MINUTES);
                item = "\"equipmentItemId\":" + equipment.get(i % equipment.size()) + ",";
            }
            Api.Reply registered = erp().post(
                            "cases",
                            "{\"projectId\":" + project + "," + item
                                    + "\"channel\":\"PHONE\",\"type\":\"SERVICE_REQUEST\","
                                    + "\"reporterName\":\"黄经理\",\"receivedAt\":\"" + received + "\"," + late
                                    + "\"description\":\"格栅机卡阻，电机过载跳闸\",\"majorMatter\":false}");
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
        JsonObject firstPage = erp().get("cases?size=20").json();
        assertThat(firstPage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.containsKey("equipmentItemId") && !c.isNull("equipmentItemId"))
                        .map(c -> c.getJsonNumber("equipmentItemId").longValue())
                        .distinct()
                        .count())
                .as("distinct equipment items on the first page: " + firstPage)
                .isGreaterThanOrEqualTo(3);

        Map<String, Integer> listAfter = listStatements();
        assertThat(listAfter)
                .as("list statements before %s and after 12 more cases", listBefore)
                .isEqualTo(listBefore);
        Map<String, Integer> myWorkAfter = myWorkStatements();
        assertThat(myWorkAfter)
                .as("my-work statements before %s and after 12 more cases", myWorkBefore)
                .isEqualTo(myWorkBefore);
        JsonObject specialistWork = as("specialist").get("my-work").json();
        assertThat(specialistWork.toString()).contains("BREACHED_CLOCKS");
    }
}
