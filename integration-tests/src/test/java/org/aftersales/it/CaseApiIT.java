package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Service cases through the REST API on Payara Micro and PostgreSQL: intake, classification and the three clocks,
 * judged by the server at the moment of each call. Times in the past make a clock's outcome certain whatever the
 * moment the test runs.
 */
class CaseApiIT extends AgainstDeployment {

    private JsonObject register(String projectCode, String type, Instant receivedAt, boolean majorMatter) {
        return register(projectCode, type, receivedAt, majorMatter, null);
    }

    /** A call registered through the API; one received longer ago than 24 h needs {@code lateReason}. */
    private JsonObject register(
            String projectCode, String type, Instant receivedAt, boolean majorMatter, String lateReason) {
        Api.Reply reply = erp().post("cases", intake(projectCode, type, receivedAt, majorMatter, lateReason));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private String intake(String projectCode, String type, Instant receivedAt, boolean majorMatter, String lateReason) {
        return "{\"projectId\":" + projectId(projectCode) + ",\"channel\":\"PHONE\","
                + "\"type\":\"" + type + "\",\"reporterName\":\"黄经理\",\"receivedAt\":\"" + receivedAt
                + "\","
                + (lateReason == null ? "" : "\"lateReason\":\"" + lateReason + "\",")
                + "\"description\":\"潜水提升泵电流偏高，流量下降\",\"majorMatter\":" + majorMatter + "}";
    }

    private static JsonObject clock(JsonObject serviceCase, String kind) {
        return serviceCase.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + serviceCase));
    }

    private static String at(Instant instant) {
        return "{\"at\":\"" + instant + "\"}";
    }

    /** An act's body claiming {@code instant}, entered late for {@code lateReason}. */
    private static String lateAt(Instant instant, String lateReason) {
        return "{\"at\":\"" + instant + "\",\"lateReason\":\"" + lateReason + "\"}";
    }

    private static JsonObject line(JsonObject serviceCase, String kind) {
        return serviceCase.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("kind").equals(kind))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + kind + " on the timeline of " + serviceCase));
    }

    private static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    @Test
    @DisplayName(
            "R-S1 POST /cases registers the call with a readable number, its class and a running REPLY clock (R-S3 24 h)")
    void registerACall() {
        Instant received = minutesAgo(60);

        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, false);

        assertThat(created.getString("number")).matches("SC-\\d{4}-\\d{5}");
        assertThat(created.getString("serviceClass")).isEqualTo("WARRANTY");
        assertThat(created.getString("status")).isEqualTo("REGISTERED");
        assertThat(created.getString("receivedAt")).isEqualTo(received.toString());
        JsonObject reply = clock(created, "REPLY");
        assertThat(reply.getString("startedAt")).isEqualTo(received.toString());
        assertThat(reply.getString("dueAt"))
                .isEqualTo(received.plus(Duration.ofHours(24)).toString());
        assertThat(reply.getString("state")).isEqualTo("RUNNING");
        assertThat(created.getJsonArray("clocks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("kind"))
                .containsExactly("REPLY");
        assertThat(erp().get("cases/" + created.getJsonNumber("id")).json().getString("number"))
                .isEqualTo(created.getString("number"));
    }

    @Test
    @DisplayName("R-S3 a reply recorded within 24 h meets the REPLY clock")
    void replyInTime() {
        Instant received = minutesAgo(180);
        JsonObject created = register("WTP-2025-003", "COMPLAINT", received, false);

        JsonObject replied = erp().post(
                        "cases/" + created.getJsonNumber("id") + "/reply", at(received.plus(Duration.ofHours(2))))
                .json();

        JsonObject reply = clock(replied, "REPLY");
        assertThat(reply.getString("state")).isEqualTo("MET");
        assertThat(reply.getBoolean("metInTime")).isTrue();
        assertThat(reply.getString("metAt"))
                .isEqualTo(received.plus(Duration.ofHours(2)).toString());
    }

    @Test
    @DisplayName("R-S5 an arrival clock past its 72 h is BREACHED and stays BREACHED when the arrival is recorded late")
    void breachedStaysBreached() {
        Instant received = minutesAgo(4 * 24 * 60);
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, false, "上周的来电记录今天补录");
        String path = "cases/" + created.getJsonNumber("id");

        JsonObject confirmed = erp().post(
                        path + "/on-site-confirmation", lateAt(received.plus(Duration.ofHours(1)), "确认记录补录"))
                .json();
        JsonObject arrival = clock(confirmed, "ON_SITE_ARRIVAL");
        assertThat(arrival.getString("dueAt"))
                .isEqualTo(received.plus(Duration.ofHours(73)).toString());
        assertThat(arrival.getString("state")).isEqualTo("BREACHED");
        assertThat(clock(confirmed, "REPLY").getString("state")).isEqualTo("BREACHED");

        dispatch(path, minutesAgo(60), minutesAgo(50));
        JsonObject arrived = erp().post(path + "/arrival", at(minutesAgo(5))).json();
        assertThat(clock(arrived, "ON_SITE_ARRIVAL").getString("state")).isEqualTo("BREACHED");
        assertThat(clock(arrived, "ON_SITE_ARRIVAL").getBoolean("metInTime")).isFalse();
        assertThat(arrived.getString("status")).isEqualTo("ARRIVED");
    }

    /**
     * R-S6: the specialist proposes {@code engineer2} and the division leader approves, at the given moments; the window
     * lies years back so that it never collides with another test's booking of the engineer.
     */
    private void dispatch(String path, Instant proposedAt, Instant approvedAt) {
        Api specialist = as("specialist");
        long engineer2 = engineerId("engineer2");
        Instant from = minutesAgo(1500L * 24 * 60);
        Api.Reply proposed = specialist.post(
                path + "/dispatch-proposal",
                "{\"engineerIds\":[" + engineer2
                        + "],\"plannedFrom\":\"" + from + "\",\"plannedTo\":\"" + from.plus(Duration.ofHours(4))
                        + "\",\"at\":\"" + proposedAt + "\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        Api.Reply approved =
                as("leader").post(path + "/dispatch-approval", "{\"approve\":true,\"at\":\"" + approvedAt + "\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        agreeVisit(path, approvedAt, null);
    }

    /** R-S7: the engineer agrees the arrival time and the owner's cooperation at {@code at}, before the visit. */
    private void agreeVisit(String path, Instant at, String lateReason) {
        Api.Reply agreed = as("engineer2")
                .post(
                        path + "/visit-agreement",
                        "{\"agreedArrivalAt\":\"" + at + "\",\"ownerCooperation\":\"业主安排运行人员配合\",\"at\":\"" + at + "\""
                                + (lateReason == null ? "" : ",\"lateReason\":\"" + lateReason + "\"") + "}");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "R-S5 back-dated arrival beyond 24 h needs a late reason: 422 on lateReason without one; with one the arrival"
                    + " counts as claimed and the case's timeline shows it late with its entered time and reason")
    void backDatedArrivalNeedsLateReason() {
        Instant received = minutesAgo(4 * 24 * 60);
        Api.Reply noReason = erp().post("cases", intake("WTP-2025-003", "SERVICE_REQUEST", received, false, null));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("lateReason");
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, false, "周末传真，周一补登");
        assertThat(created.getBoolean("receivedAtDefaulted")).isFalse();
        assertThat(line(created, "REGISTERED").getBoolean("late")).isTrue();
        String path = "cases/" + created.getJsonNumber("id");
        Instant confirmedAt = received.plus(Duration.ofHours(1));
        erp().post(path + "/on-site-confirmation", lateAt(confirmedAt, "确认记录补录"));
        Instant approvedAt = confirmedAt.plus(Duration.ofHours(2));
        lateDispatch(path, confirmedAt.plus(Duration.ofHours(1)), approvedAt, "派工单补录");
        Instant claimedArrival = confirmedAt.plus(Duration.ofHours(70));

        Api.Reply beforeApproval = erp().post(path + "/arrival", lateAt(approvedAt.minusSeconds(60), "补录"));
        assertThat(beforeApproval.status()).as(beforeApproval.toString()).isEqualTo(422);
        assertThat(beforeApproval.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .as("earlier than the act it follows")
                .isEqualTo("at");
        Api.Reply withoutReason = erp().post(path + "/arrival", at(claimedArrival));
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(422);
        assertThat(withoutReason.header("Content-Type")).startsWith("application/problem+json");
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("lateReason");
        assertThat(erp().get(path).json().getString("status")).isEqualTo("DISPATCHED");

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonObject arrived = erp().post(path + "/arrival", lateAt(claimedArrival, "现场无信号，到场单次日补录"))
                .json();

        assertThat(arrived.getString("status")).isEqualTo("ARRIVED");
        JsonObject arrival = clock(arrived, "ON_SITE_ARRIVAL");
        assertThat(arrival.getString("metAt")).isEqualTo(claimedArrival.toString());
        assertThat(arrival.getBoolean("metInTime")).as("counted as claimed").isTrue();
        JsonObject line = line(arrived, "ARRIVAL_RECORDED");
        assertThat(line.getString("at")).isEqualTo(claimedArrival.toString());
        assertThat(line.getBoolean("late")).isTrue();
        assertThat(line.getString("lateReason")).isEqualTo("现场无信号，到场单次日补录");
        assertThat(Instant.parse(line.getString("enteredAt")))
                .isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
        assertThat(line(erp().get(path).json(), "ARRIVAL_RECORDED").getBoolean("late"))
                .as("read back")
                .isTrue();
    }

    /** R-S6 as {@link #dispatch}, both acts entered late with {@code lateReason}. */
    private void lateDispatch(String path, Instant proposedAt, Instant approvedAt, String lateReason) {
        long engineer2 = engineerId("engineer2");
        Instant from = minutesAgo(1400L * 24 * 60);
        Api.Reply proposed = as("specialist")
                .post(
                        path + "/dispatch-proposal",
                        "{\"engineerIds\":[" + engineer2 + "],\"plannedFrom\":\"" + from + "\",\"plannedTo\":\""
                                + from.plus(Duration.ofHours(4)) + "\",\"at\":\"" + proposedAt
                                + "\",\"lateReason\":\"" + lateReason + "\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        Api.Reply approved = as("leader")
                .post(
                        path + "/dispatch-approval",
                        "{\"approve\":true,\"at\":\"" + approvedAt + "\",\"lateReason\":\"" + lateReason + "\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        agreeVisit(path, approvedAt, lateReason);
    }

    @Test
    @DisplayName(
            "R-S6 the arrival on site is refused with 422 until the leader has approved the dispatch, and changes nothing")
    void arrivalNeedsApprovedDispatch() {
        Instant received = minutesAgo(6 * 60);
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, false);
        String path = "cases/" + created.getJsonNumber("id");
        erp().post(path + "/on-site-confirmation", at(received.plus(Duration.ofHours(1))));

        Api.Reply refused = erp().post(path + "/arrival", at(minutesAgo(10)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("尚未派遣");
        JsonObject unchanged = erp().get(path).json();
        assertThat(unchanged.getString("status")).isEqualTo("ON_SITE_CONFIRMED");
        JsonObject arrival = clock(unchanged, "ON_SITE_ARRIVAL");
        assertThat(arrival.containsKey("metAt") && !arrival.isNull("metAt"))
                .as("the arrival clock is not met: " + arrival)
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-S5 the maintenance contract's 48 h arrival limit overrides the policy's 72 h (R-L4, class CONTRACT)")
    void contractArrivalHours() {
        Instant received = minutesAgo(60);
        JsonObject created = register("WTP-2023-001", "SERVICE_REQUEST", received, false);
        assertThat(created.getString("serviceClass")).isEqualTo("CONTRACT");

        Instant confirmedAt = received.plus(Duration.ofMinutes(30));
        JsonObject confirmed = erp().post(
                        "cases/" + created.getJsonNumber("id") + "/on-site-confirmation", at(confirmedAt))
                .json();

        JsonObject arrival = clock(confirmed, "ON_SITE_ARRIVAL");
        assertThat(arrival.getString("startedAt")).isEqualTo(confirmedAt.toString());
        assertThat(arrival.getString("dueAt"))
                .isEqualTo(confirmedAt.plus(Duration.ofHours(48)).toString());
    }

    @Test
    @DisplayName(
            "R-S5 pausing the arrival clock while waiting on the owner moves dueAt by the paused time; a pause needs a reason")
    void pauseAndResume() {
        Instant received = minutesAgo(10 * 60);
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, false);
        String path = "cases/" + created.getJsonNumber("id");
        Instant confirmedAt = received.plus(Duration.ofHours(1));
        erp().post(path + "/on-site-confirmation", at(confirmedAt));

        Api.Reply withoutReason = erp().post(path + "/pause", at(confirmedAt.plus(Duration.ofHours(1))));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(erp().post(
                                path + "/pause",
                                "{\"at\":\"" + confirmedAt.plus(Duration.ofHours(1)) + "\",\"reason\":\"业主要求推迟到周一上门\"}")
                        .status())
                .isEqualTo(200);
        JsonObject resumed = erp().post(path + "/resume", at(confirmedAt.plus(Duration.ofHours(3))))
                .json();

        JsonObject arrival = clock(resumed, "ON_SITE_ARRIVAL");
        assertThat(arrival.getJsonNumber("pausedSeconds").longValue()).isEqualTo(7200);
        assertThat(arrival.getString("dueAt"))
                .isEqualTo(confirmedAt.plus(Duration.ofHours(74)).toString());
        assertThat(arrival.getString("state")).isEqualTo("RUNNING");
        assertThat(erp().post(path + "/pause", "{\"reason\":\"x\"}").status())
                .as("only while running")
                .isEqualTo(200);
        assertThat(erp().post(path + "/resume", "{}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-S4 a major matter is met only when both the leader report and the reply to the owner are recorded")
    void majorMatterNeedsBoth() {
        Instant received = minutesAgo(120);
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, true);
        String path = "cases/" + created.getJsonNumber("id");
        assertThat(clock(created, "MAJOR_MATTER").getString("dueAt"))
                .isEqualTo(received.plus(Duration.ofHours(24)).toString());

        JsonObject reported = erp().post(path + "/leader-report", at(received.plus(Duration.ofMinutes(30))))
                .json();
        assertThat(clock(reported, "MAJOR_MATTER").getString("state")).isEqualTo("RUNNING");

        JsonObject replied = erp().post(path + "/reply", at(received.plus(Duration.ofMinutes(90))))
                .json();
        JsonObject majorMatter = clock(replied, "MAJOR_MATTER");
        assertThat(majorMatter.getString("state")).isEqualTo("MET");
        assertThat(majorMatter.getString("metAt"))
                .isEqualTo(received.plus(Duration.ofMinutes(90)).toString());
    }

    @Test
    @DisplayName(
            "R-S8 closing an on-site case without the owner's sign-off → 422 saying what is missing; a remote case closes with its answer")
    void closing() {
        JsonObject onSite = register("WTP-2025-003", "SERVICE_REQUEST", minutesAgo(60), false);
        String onSitePath = "cases/" + onSite.getJsonNumber("id");
        erp().post(onSitePath + "/on-site-confirmation", at(minutesAgo(30)));

        Api.Reply refused = erp().post(onSitePath + "/close", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("detail")).contains("签章认可").contains("维修派工单");
        assertThat(erp().get(onSitePath).json().getString("status")).isEqualTo("ON_SITE_CONFIRMED");

        JsonObject remote = register("WTP-2025-003", "CONSULTATION", minutesAgo(60), false);
        JsonObject closed = erp().post(
                        "cases/" + remote.getJsonNumber("id") + "/close", "{\"answer\":\"已电话指导运行人员清理进水格栅\"}")
                .json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("answer")).isEqualTo("已电话指导运行人员清理进水格栅");
    }

    @Test
    @DisplayName("R-L3 a call during construction is recorded as CONSTRUCTION_PHASE without after-sales clocks")
    void constructionPhaseCall() {
        JsonObject created = register("WTP-2026-007", "SERVICE_REQUEST", minutesAgo(10), true);

        assertThat(created.getString("serviceClass")).isEqualTo("CONSTRUCTION_PHASE");
        assertThat(created.getJsonArray("clocks")).isEmpty();
        assertThat(created.getString("responsibility")).isEqualTo("IN_CONSTRUCTION");
    }

    @Test
    @DisplayName("API an instant without an offset is refused with 422 on its field; an unknown channel too")
    void instantsNeedAnOffset() {
        long project = projectId("WTP-2025-003");
        Api.Reply noOffset = erp().post(
                        "cases",
                        "{\"projectId\":" + project + ",\"channel\":\"PHONE\","
                                + "\"type\":\"FEEDBACK\",\"reporterName\":\"x\",\"receivedAt\":\"2026-06-01T09:00:00\",\"description\":\"d\"}");
        Api.Reply badChannel = erp().post(
                        "cases",
                        "{\"projectId\":" + project + ",\"channel\":\"PIGEON\","
                                + "\"type\":\"FEEDBACK\",\"reporterName\":\"x\",\"description\":\"d\"}");

        assertThat(noOffset.status()).isEqualTo(422);
        assertThat(noOffset.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("receivedAt");
        assertThat(badChannel.status()).isEqualTo(422);
        assertThat(badChannel.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("channel");
    }

    @Test
    @DisplayName(
            "R-O1 cases by role: engineers register and work cases, Design may read but not register, Finance may not act")
    void casesByRole() {
        String body = "{\"projectId\":" + projectId("WTP-2025-003") + ",\"channel\":\"HOTLINE\",\"type\":\"FEEDBACK\","
                + "\"reporterName\":\"林主管\",\"description\":\"出水氨氮偏高\"}";
        Api.Reply byEngineer = as("engineer").post("cases", body);
        assertThat(byEngineer.status()).isEqualTo(201);
        assertThat(byEngineer.json().getBoolean("receivedAtDefaulted"))
                .as("no time received given: the time of registration, and the case says so")
                .isTrue();
        String path = "cases/" + byEngineer.json().getJsonNumber("id");

        assertThat(as("design").post("cases", body).status()).isEqualTo(403);
        assertThat(as("design").get(path).status()).isEqualTo(200);
        assertThat(as("finance").post(path + "/reply", "{}").status()).isEqualTo(403);
        assertThat(as("admin").get(path).status()).isEqualTo(403);
        List<String> kinds = as("engineer")
                .post(path + "/reply", "{}")
                .json()
                .getJsonArray("clocks")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("state"))
                .toList();
        assertThat(kinds).isEmpty();
    }

    /** The notifications of {@code user} about case {@code number} of {@code kind}. */
    private List<JsonObject> notifications(String user, String number, String kind) {
        return as(user)
                .get("notifications?size=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(n -> number.equals(n.getString("caseNumber", null)) && kind.equals(n.getString("kind")))
                .toList();
    }

    @Test
    @DisplayName(
            "R-L5: the project department answers and closes its construction-phase call; another project department"
                    + " gets 404; the phase decides who else may act (Design on a warranty case, not on a construction call)")
    void departmentsWorkTheCasesOfTheirPhase() {
        JsonObject construction = register("WTP-2026-007", "SERVICE_REQUEST", minutesAgo(20), false);
        String path = "cases/" + construction.getJsonNumber("id");
        assertThat(construction.getString("responsibility")).isEqualTo("IN_CONSTRUCTION");

        assertThat(as("project2").get(path).status()).isEqualTo(404);
        assertThat(as("project2").post(path + "/reply", "{}").status()).isEqualTo(404);
        assertThat(as("design").post(path + "/reply", "{}").status()).isEqualTo(403);
        JsonObject seen = as("project").get(path).json();
        assertThat(seen.getBoolean("mayWork")).isTrue();
        Api.Reply closed = as("project").post(path + "/close", "{\"answer\":\"项目部已安排施工单位处理\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("answer")).isEqualTo("项目部已安排施工单位处理");

        JsonObject warranty = register("WTP-2025-003", "SERVICE_REQUEST", minutesAgo(20), false);
        String warrantyPath = "cases/" + warranty.getJsonNumber("id");
        assertThat(warranty.getString("responsibility")).isEqualTo("WARRANTY");
        assertThat(as("project2").get(warrantyPath).json().getBoolean("mayWork"))
                .isFalse();
        assertThat(as("project2").post(warrantyPath + "/reply", "{}").status())
                .as("the warranty is carried out by Design and Engineering, not the project department")
                .isEqualTo(403);
        assertThat(as("project").get(warrantyPath).status()).isEqualTo(404);
        Api.Reply byDesign = as("design").post(warrantyPath + "/reply", "{}");
        assertThat(byDesign.status()).as(byDesign.toString()).isEqualTo(200);
        assertThat(byDesign.json().getString("repliedAt")).isNotNull();
    }

    @Test
    @DisplayName(
            "R-S2: a registered call is routed to the department its phase makes responsible, whose people are notified"
                    + " (the project department for a construction-phase call, Design and Engineering in the warranty)")
    void registrationRoutesAndNotifies() {
        JsonObject construction = register("WTP-2026-007", "FEEDBACK", minutesAgo(15), false);
        String number = construction.getString("number");
        assertThat(construction.getJsonArray("routedTo").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getString("party")).isEqualTo("PROJECT_DEPARTMENT");
                    assertThat(r.getString("departmentName")).isEqualTo("项目一部");
                });
        assertThat(notifications("project", number, "CASE_ROUTED"))
                .singleElement()
                .satisfies(n -> assertThat(n.getString("text")).contains(number));
        assertThat(notifications("project2", number, "CASE_ROUTED")).isEmpty();

        JsonObject warranty = register("WTP-2025-003", "FEEDBACK", minutesAgo(15), false);
        assertThat(warranty.getJsonArray("routedTo").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("departmentName"))
                .containsExactlyInAnyOrder("设计部", "工程部");
        assertThat(notifications("design", warranty.getString("number"), "CASE_ROUTED"))
                .hasSize(1);
        assertThat(notifications("engineering", warranty.getString("number"), "CASE_ROUTED"))
                .hasSize(1);
    }

    @Test
    @DisplayName("R-S2: a case that becomes a major matter after registration is escalated to leadership then")
    void becomingAMajorMatterIsEscalated() {
        Instant received = minutesAgo(90);
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", received, false);
        String number = created.getString("number");
        assertThat(notifications("leader", number, "URGENT_CASE")).isEmpty();
        assertThat(notifications("leader", number, "BECAME_MAJOR_MATTER")).isEmpty();

        Api.Reply confirmed = erp().post(
                        "cases/" + created.getJsonNumber("id") + "/on-site-confirmation",
                        at(received.plusSeconds(1800)));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getBoolean("majorMatter")).isTrue();

        for (String leader : List.of("leader", "gm")) {
            assertThat(notifications(leader, number, "BECAME_MAJOR_MATTER"))
                    .as(leader)
                    .singleElement()
                    .satisfies(n -> assertThat(n.getString("text")).contains(number));
        }
    }

    private long anySubcontractorId() {
        JsonObject page = erp().get("subcontractors").json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName("R-S10 a complaint handed off cannot close until the hand-off is answered (422), then closes (200)")
    void complaintClosesOnlyWhenAnswered() {
        Instant received = minutesAgo(120);
        JsonObject complaint = register("WTP-2025-003", "COMPLAINT", received, false);
        String path = "cases/" + complaint.getJsonNumber("id");

        Api.Reply handedOff = erp().post(
                        path + "/complaint-handoffs",
                        "{\"to\":\"SUBCONTRACTOR\",\"subcontractorId\":" + anySubcontractorId()
                                + ",\"subject\":\"QUALITY\",\"at\":\"" + received.plusSeconds(600) + "\"}");
        assertThat(handedOff.status()).as(handedOff.toString()).isEqualTo(201);
        JsonObject handoff = handedOff.json().getJsonArray("handoffs").getJsonObject(0);
        assertThat(handoff.getString("subject")).isEqualTo("QUALITY");
        assertThat(erp().post(path + "/owner-updates", "{\"text\":\"已转厂家，明日答复\"}")
                        .status())
                .isEqualTo(201);

        Api.Reply refused = erp().post(path + "/close", "{\"answer\":\"已处理\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.toString()).contains(handoff.getString("subcontractorName"));

        Api.Reply answered = erp().post(
                        path + "/complaint-handoffs/" + handoff.getJsonNumber("id") + "/answer",
                        "{\"answer\":\"更换密封件\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        Api.Reply closed = erp().post(path + "/close", "{\"answer\":\"已答复业主\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    @DisplayName(
            "R-S10: a feedback registered as concerning product quality answers 422 problem+json to close and cancel until"
                    + " it is handed off and answered, in Chinese and English; a concern on a service request is 422 on"
                    + " concern")
    void concernedFeedbackWaitsForItsHandoff() {
        Instant received = minutesAgo(120);
        Api.Reply request = erp().post(
                        "cases",
                        intake("WTP-2025-003", "SERVICE_REQUEST", received, false, null)
                                .replace("}", ",\"concern\":\"QUALITY\"}"));
        assertThat(request.status()).as(request.toString()).isEqualTo(422);
        assertThat(request.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("concern");

        Api.Reply registered = erp().post(
                        "cases",
                        intake("WTP-2025-003", "FEEDBACK", received, false, null)
                                .replace("}", ",\"concern\":\"QUALITY\"}"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject feedback = registered.json();
        assertThat(feedback.getString("concern")).isEqualTo("QUALITY");
        assertThat(feedback.getBoolean("awaitingHandoff")).isTrue();
        String path = "cases/" + feedback.getJsonNumber("id");

        Api.Reply close = erp().post(path + "/close", "{\"answer\":\"已答复业主\"}");
        assertThat(close.status()).as(close.toString()).isEqualTo(422);
        assertThat(close.header("Content-Type")).startsWith("application/problem+json");
        assertThat(close.json().getString("detail"))
                .isEqualTo("服务单 " + feedback.getString("number") + " 涉及产品质量，须先转交设计部或设备分包商处理并登记其答复，方可结案。");
        Api.Reply cancel = erp().inEnglish().post(path + "/cancel", "{\"reason\":\"业主撤回\"}");
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(422);
        assertThat(cancel.json().getString("detail"))
                .isEqualTo("Case " + feedback.getString("number")
                        + " concerns Product quality: hand it off to the Design Department or the equipment"
                        + " subcontractor and record the answer before it is cancelled.");

        Api.Reply handedOff = erp().post(
                        path + "/complaint-handoffs",
                        "{\"to\":\"SUBCONTRACTOR\",\"subcontractorId\":" + anySubcontractorId() + "}");
        assertThat(handedOff.status()).as(handedOff.toString()).isEqualTo(201);
        JsonObject handoff = handedOff.json().getJsonArray("handoffs").getJsonObject(0);
        assertThat(handoff.getString("subject"))
                .as("the concern recorded at intake")
                .isEqualTo("QUALITY");
        Api.Reply stillOpen = erp().post(path + "/cancel", "{\"reason\":\"业主撤回\"}");
        assertThat(stillOpen.status()).as(stillOpen.toString()).isEqualTo(422);
        assertThat(stillOpen.json().getString("detail")).startsWith("服务单暂不能取消：");

        assertThat(erp().post(
                                path + "/complaint-handoffs/" + handoff.getJsonNumber("id") + "/answer",
                                "{\"answer\":\"批次质量问题，免费更换\"}")
                        .status())
                .isEqualTo(200);
        Api.Reply closed = erp().post(path + "/close", "{\"answer\":\"已更换并告知业主\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(erp().get(path).json().getBoolean("awaitingHandoff")).isFalse();
    }

    @Test
    @DisplayName("R-S11 a crisis flagged through the API is in the division leader's notifications and heads the list")
    void crisisNotifiesLeader() {
        JsonObject created = register("WTP-2025-003", "FEEDBACK", minutesAgo(30), false);
        String number = created.getString("number");

        Api.Reply flagged = erp().post("cases/" + created.getJsonNumber("id") + "/crisis", "{}");
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(flagged.json().getBoolean("priorityCase")).isTrue();

        JsonObject inbox = as("leader").get("notifications?size=500").json();
        JsonObject notification = inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> number.equals(n.getString("caseNumber", null)) && "CRISIS".equals(n.getString("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no crisis notification for " + number + " in " + inbox));
        assertThat(notification.getString("text")).contains(number);
        Api.Reply read = as("leader").post("notifications/" + notification.getJsonNumber("id") + "/read", "{}");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getBoolean("read")).isTrue();
        assertThat(as("gm").post("notifications/" + notification.getJsonNumber("id") + "/read", "{}")
                        .status())
                .isEqualTo(404);
        JsonObject firstCase =
                erp().get("cases?size=1").json().getJsonArray("items").getJsonObject(0);
        assertThat(firstCase.getBoolean("priorityCase")).isTrue();
    }

    @Test
    @DisplayName("R-S2 a case forwarded to an equipment supplier is recorded with its answer")
    void forwardingRecorded() {
        JsonObject created = register("WTP-2025-003", "SERVICE_REQUEST", minutesAgo(60), false);
        String path = "cases/" + created.getJsonNumber("id");

        Instant sent = minutesAgo(50);
        Api.Reply forwarded = erp().post(
                        path + "/supplier-forwarding",
                        "{\"subcontractorId\":" + anySubcontractorId() + ",\"at\":\"" + sent + "\"}");
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(201);
        JsonObject forwarding = forwarded.json().getJsonArray("forwardings").getJsonObject(0);
        assertThat(forwarding.getString("sentAt")).isEqualTo(sent.toString());

        JsonObject answered = erp().post(
                        path + "/supplier-forwarding/" + forwarding.getJsonNumber("id") + "/answer",
                        "{\"answer\":\"厂家明日到场\"}")
                .json();
        assertThat(answered.getJsonArray("forwardings").getJsonObject(0).getString("answer"))
                .isEqualTo("厂家明日到场");
    }
}
