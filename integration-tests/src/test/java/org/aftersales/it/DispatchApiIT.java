package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dispatch, the visit, the owner's sign-off and what follows, through the REST API on Payara Micro and PostgreSQL
 * (R-S6 … R-S12), as the demo logins: {@code specialist} proposes, {@code leader} approves, {@code engineer} works.
 * The demo engineer {@code engineer} has all four skills, {@code engineer2} lacks I&C commissioning.
 *
 * <p>The tests share one database with the other API tests, and an engineer is never booked twice: each test books
 * engineers only in windows of its own (the main path in the past hours, the others a year or more ahead).
 */
class DispatchApiIT extends AgainstDeployment {

    /** Counts the dispatches booked years back by {@link #dispatched}. */
    private static final AtomicInteger PAST_WINDOWS = new AtomicInteger();

    /** A 1 × 1 PNG, as p:signature sends a drawn signature. */
    private static final String DRAWN =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                    + "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static final String PDF_SCAN = Base64.getEncoder()
            .encodeToString("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII));

    private static Instant ago(Duration duration) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(duration);
    }

    private static Instant ahead(Duration duration) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(duration);
    }

    private static String at(Instant instant) {
        return "{\"at\":\"" + instant + "\"}";
    }

    /** A call registered {@code receivedAgo} ago and confirmed as on-site work an hour later: its path under /api. */
    private String onSiteCase(Duration receivedAgo) {
        Instant received = ago(receivedAgo);
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":" + projectId("WTP-2025-003")
                                + ",\"channel\":\"HOTLINE\",\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"刘明\",\"receivedAt\":\""
                                + received + "\",\"description\":\"2号提升泵振动大，需上门检修\",\"majorMatter\":true}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String path = "cases/" + registered.json().getJsonNumber("id");
        Api.Reply confirmed =
                as("specialist").post(path + "/on-site-confirmation", at(received.plus(Duration.ofHours(1))));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return path;
    }

    private static String proposal(long engineerId, Instant from, Instant to) {
        return "{\"engineerIds\":[" + engineerId + "],\"plannedFrom\":\"" + from + "\",\"plannedTo\":\"" + to + "\"}";
    }

    /**
     * R-S6: the specialist proposes {@code engineer2}, the leader approves — before the arrival 7 h ago. Each such dispatch
     * books a window of its own, years back, so that it never collides with another test's booking.
     */
    private void dispatched(String path) {
        Instant from = ago(Duration.ofDays(1000L + 2L * PAST_WINDOWS.incrementAndGet()));
        Api.Reply proposed = as("specialist")
                .post(
                        path + "/dispatch-proposal",
                        proposal(engineerId("engineer2"), from, from.plus(Duration.ofHours(4)))
                                .replace("}", ",\"at\":\"" + ago(Duration.ofMinutes(530)) + "\"}"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        Api.Reply approved = as("leader")
                .post(
                        path + "/dispatch-approval",
                        "{\"approve\":true,\"at\":\"" + ago(Duration.ofMinutes(520)) + "\"}");
        assertThat(approved.json().getString("status")).as(approved.toString()).isEqualTo("DISPATCHED");
    }

    /** R-S7: the arrival time (7 h ago) and the owner's cooperation agreed 510 min ago, before the visit. */
    private void visitAgreed(String path) {
        Api.Reply agreed = as("engineer2")
                .post(
                        path + "/visit-agreement",
                        "{\"agreedArrivalAt\":\"" + ago(Duration.ofHours(7))
                                + "\",\"ownerCooperation\":\"业主停运2号泵并断电挂牌\",\"at\":\"" + ago(Duration.ofMinutes(510))
                                + "\"}");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    }

    /** Dispatched (R-S6), on site, safety acknowledged and the work recorded: WORK_DONE. */
    private String workDoneCase() {
        String path = onSiteCase(Duration.ofHours(10));
        dispatched(path);
        visitAgreed(path);
        assertThat(as("engineer")
                        .post(path + "/arrival", at(ago(Duration.ofHours(7))))
                        .status())
                .isEqualTo(200);
        // R-S7: engineer2 was sent, and acknowledges the safety rules himself.
        assertThat(as("engineer2")
                        .post(path + "/safety-acknowledgement", at(ago(Duration.ofHours(6))))
                        .status())
                .isEqualTo(200);
        Api.Reply done = as("engineer")
                .post(
                        path + "/work-done",
                        "{\"at\":\"" + ago(Duration.ofHours(4))
                                + "\",\"work\":\"清理叶轮缠绕物\",\"parts\":[],\"result\":\"恢复正常\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return path;
    }

    @Test
    @DisplayName(
            "issue 16: the phone and the office at the same moment — six cost bookings in the office and the arrival"
                    + " on the phone, sent together on one case, all succeed (2xx) and are all stored; the arrival moves the"
                    + " on-site part's and the head's versions, the bookings none")
    void officeAndPhoneAtOnce() throws Exception {
        String path = onSiteCase(Duration.ofHours(10));
        dispatched(path);
        visitAgreed(path);
        JsonObject before = as("erp").get(path).json();

        int bookings = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(bookings + 1);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            replies.add(threads.submit(() -> {
                start.await();
                return as("engineer2").post(path + "/arrival", at(ago(Duration.ofHours(7))));
            }));
            for (int i = 0; i < bookings; i++) {
                String description = "出租车 " + i;
                replies.add(threads.submit(() -> {
                    start.await();
                    return as("engineer")
                            .post(
                                    path + "/costs",
                                    "{\"category\":\"TRAVEL\",\"description\":\"" + description
                                            + "\",\"amount\":\"36.00\"}");
                }));
            }
            start.countDown();
            Api.Reply arrival = replies.get(0).get(60, TimeUnit.SECONDS);
            assertThat(arrival.status()).as(arrival.toString()).isEqualTo(200);
            for (Future<Api.Reply> booking : replies.subList(1, replies.size())) {
                Api.Reply booked = booking.get(60, TimeUnit.SECONDS);
                assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            }
        } finally {
            threads.shutdownNow();
        }

        JsonObject after = as("erp").get(path).json();
        assertThat(after.getString("status")).isEqualTo("ARRIVED");
        assertThat(after.getJsonArray("timeline").stream()
                        .map(line -> line.asJsonObject().getString("kind"))
                        .filter("COST_RECORDED"::equals)
                        .count())
                .isEqualTo(bookings);
        assertThat(as("finance").get(path + "/costs").json().getJsonArray("items"))
                .hasSize(bookings);
        assertThat(after.getJsonNumber("version").longValue())
                .isEqualTo(before.getJsonNumber("version").longValue() + 1);
        assertThat(after.getJsonNumber("onSiteVersion").longValue())
                .isEqualTo(before.getJsonNumber("onSiteVersion").longValue() + 1);
        assertThat(after.getJsonNumber("intakeVersion").longValue())
                .isEqualTo(before.getJsonNumber("intakeVersion").longValue());
        assertThat(after.getJsonNumber("signOffVersion").longValue())
                .isEqualTo(before.getJsonNumber("signOffVersion").longValue());
    }

    @Test
    @DisplayName(
            "R-S7: the arrival is 422 until the visit is agreed; the safety rules are acknowledged by the dispatched"
                    + " engineer himself — 422 for the ERP's integration account and for an engineer not sent — and the"
                    + " work waits for it")
    void arrivalNeedsAgreementAndEachEngineerAcknowledges() {
        String path = onSiteCase(Duration.ofHours(10));
        dispatched(path);

        Api.Reply notAgreed = as("engineer2").post(path + "/arrival", at(ago(Duration.ofHours(7))));
        assertThat(notAgreed.status()).as(notAgreed.toString()).isEqualTo(422);
        assertThat(notAgreed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notAgreed.body()).contains("尚未与业主约定上门");
        assertThat(as("erp").get(path).json().getString("status")).isEqualTo("DISPATCHED");

        visitAgreed(path);
        assertThat(as("engineer2")
                        .post(path + "/arrival", at(ago(Duration.ofHours(7))))
                        .status())
                .isEqualTo(200);
        for (String other : java.util.List.of("erp", "engineer")) {
            Api.Reply refused = as(other).post(path + "/safety-acknowledgement", at(ago(Duration.ofMinutes(410))));
            assertThat(refused.status()).as(other + ": " + refused).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("不是本服务单派遣的售后服务人员");
        }
        String work =
                "{\"at\":\"" + ago(Duration.ofHours(4)) + "\",\"work\":\"清理叶轮缠绕物\",\"parts\":[],\"result\":\"恢复正常\"}";
        Api.Reply early = as("engineer2").post(path + "/work-done", work);
        assertThat(early.status()).as(early.toString()).isEqualTo(422);

        JsonObject safe = as("engineer2")
                .post(path + "/safety-acknowledgement", at(ago(Duration.ofMinutes(410))))
                .json();
        assertThat(safe.getJsonObject("visit").getString("safetyAcknowledgedBy"))
                .isEqualTo("engineer2");
        Api.Reply done = as("engineer2").post(path + "/work-done", work);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("status")).isEqualTo("WORK_DONE");
    }

    @Test
    @DisplayName(
            "R-S8 main path through the API: register → confirm on-site → specialist proposes → leader approves → arrival → safety → work done → sign report and ticket → close 200 CLOSED")
    void mainPath() {
        String path = onSiteCase(Duration.ofHours(10));
        Instant windowFrom = ago(Duration.ofHours(8));
        Instant windowTo = ago(Duration.ofHours(2));
        long engineer = engineerId("engineer");
        assertThat(engineerOnBoard("engineer", windowFrom, windowTo).getJsonArray("bookings"))
                .isEmpty();

        Api.Reply proposed = as("specialist")
                .post(
                        path + "/dispatch-proposal",
                        proposal(engineer, windowFrom, windowTo)
                                .replace("}", ",\"at\":\"" + ago(Duration.ofMinutes(530)) + "\"}"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.json().getJsonObject("dispatch").getString("status"))
                .isEqualTo("PROPOSED");
        assertThat(proposed.json().getString("status")).isEqualTo("ON_SITE_CONFIRMED");

        JsonObject approved = as("leader")
                .post(path + "/dispatch-approval", "{\"approve\":true,\"at\":\"" + ago(Duration.ofMinutes(520)) + "\"}")
                .json();
        assertThat(approved.getString("status")).isEqualTo("DISPATCHED");
        JsonObject dispatch = approved.getJsonObject("dispatch");
        assertThat(dispatch.getString("status")).isEqualTo("APPROVED");
        assertThat(dispatch.getString("decidedBy")).isEqualTo("leader");
        assertThat(dispatch.getString("plannedFrom")).isEqualTo(windowFrom.toString());
        assertThat(dispatch.getJsonArray("engineers").getJsonObject(0).getString("username"))
                .isEqualTo("engineer");
        assertThat(engineerOnBoard("engineer", windowFrom, windowTo)
                        .getJsonArray("bookings")
                        .getJsonObject(0)
                        .getString("caseNumber"))
                .isEqualTo(approved.getString("number"));

        Api engineerApi = as("engineer");
        Api.Reply agreed = engineerApi.post(
                path + "/visit-agreement",
                "{\"agreedArrivalAt\":\""
                        + ago(Duration.ofHours(7)) + "\",\"ownerCooperation\":\"业主停运2号泵并断电挂牌，提供吊装葫芦\",\"at\":\""
                        + ago(Duration.ofMinutes(510)) + "\"}");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        assertThat(engineerApi
                        .post(path + "/arrival", at(ago(Duration.ofHours(7))))
                        .json()
                        .getString("status"))
                .isEqualTo("ARRIVED");
        JsonObject safe = engineerApi
                .post(path + "/safety-acknowledgement", at(ago(Duration.ofMinutes(410))))
                .json();
        assertThat(safe.getJsonObject("visit").getString("safetyAcknowledgedBy"))
                .isEqualTo("engineer");
        Api.Reply done = engineerApi.post(
                path + "/work-done",
                "{\"at\":\"" + ago(Duration.ofHours(4))
                        + "\",\"work\":\"更换2号提升泵机械密封，校正联轴器对中\",\"parts\":[{\"name\":\"机械密封 MG1-45\",\"quantity\":1},"
                        + "{\"name\":\"电缆 YJV 3×4\",\"quantity\":2.5}],\"result\":\"试运行2小时，振动0.8 mm/s，恢复正常\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonObject visit = done.json().getJsonObject("visit");
        assertThat(done.json().getString("status")).isEqualTo("WORK_DONE");
        assertThat(visit.getJsonArray("parts")).hasSize(2);
        assertThat(visit.getJsonArray("parts")
                        .getJsonObject(1)
                        .getJsonNumber("quantity")
                        .bigDecimalValue())
                .isEqualByComparingTo("2.5");

        Api.Reply report = engineerApi.post(
                path + "/service-report/sign",
                "{\"signerName\":\"刘明\","
                        + "\"signerRole\":\"OWNER_OPERATIONS_SUPERVISOR\",\"signature\":\"" + DRAWN + "\",\"at\":\""
                        + ago(Duration.ofMinutes(230)) + "\"}");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().getString("status")).isEqualTo("WORK_DONE");
        Api.Reply ticket = engineerApi.post(
                path + "/dispatch-ticket/sign",
                "{\"customerName\":\"刘明\","
                        + "\"scanBase64\":\"" + PDF_SCAN + "\",\"scanContentType\":\"application/pdf\",\"at\":\""
                        + ago(Duration.ofMinutes(225)) + "\"}");
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(200);
        JsonObject signedOff = ticket.json();
        assertThat(signedOff.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(signedOff.getJsonObject("signOff").getBoolean("complete")).isTrue();
        assertThat(signedOff
                        .getJsonObject("signOff")
                        .getJsonObject("serviceReport")
                        .getString("form"))
                .isEqualTo("DRAWN");
        assertThat(signedOff
                        .getJsonObject("signOff")
                        .getJsonObject("dispatchTicket")
                        .getString("form"))
                .isEqualTo("STAMPED_SCAN");

        Api.Reply closed = engineerApi.post(path + "/close", "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(as("finance").get(path).json().getString("status")).isEqualTo("CLOSED");
        Api.Reply resigned = engineerApi.post(
                path + "/service-report/sign",
                "{\"signerName\":\"别人\"," + "\"signerRole\":\"OWNER_PROJECT_MANAGER\",\"signature\":\"" + DRAWN
                        + "\"}");
        assertThat(resigned.status()).as("the signed report is immutable").isEqualTo(422);
        JsonObject amended = engineerApi
                .post(path + "/service-report/amendments", "{\"text\":\"振动值更正为 0.9 mm/s\"}")
                .json();
        assertThat(amended.getJsonObject("signOff")
                        .getJsonObject("serviceReport")
                        .getJsonArray("amendments")
                        .getJsonObject(0)
                        .getString("text"))
                .isEqualTo("振动值更正为 0.9 mm/s");
    }

    @Test
    @DisplayName(
            "R-S8 closing unsigned → 422 naming what is missing: the customer's signature on the dispatch ticket, in Chinese and in English")
    void closeUnsigned() {
        String path = workDoneCase();
        Api.Reply nothingSigned = as("engineer").post(path + "/close", "{}");
        assertThat(nothingSigned.status()).isEqualTo(422);
        assertThat(nothingSigned.json().getString("detail")).contains("签章认可").contains("维修派工单");

        assertThat(as("engineer")
                        .post(
                                path + "/service-report/sign",
                                "{\"signerName\":\"王经理\"," + "\"signerRole\":\"OTHER\",\"signature\":\"" + DRAWN
                                        + "\"}")
                        .status())
                .as("OTHER needs a stated title")
                .isEqualTo(422);
        Api.Reply signed = as("engineer")
                .post(
                        path + "/service-report/sign",
                        "{\"signerName\":\"王经理\","
                                + "\"signerRole\":\"OTHER\",\"signerTitle\":\"业主生产副总\",\"signature\":\"" + DRAWN
                                + "\"}");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

        Api.Reply refused = as("engineer").post(path + "/close", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("维修派工单").doesNotContain("服务报告单尚未");
        Api.Reply inEnglish = as("engineer").inEnglish().post(path + "/close", "{}");
        assertThat(inEnglish.json().getString("detail")).contains("repair dispatch ticket");
        assertThat(as("finance").get(path).json().getString("status")).isEqualTo("WORK_DONE");
    }

    @Test
    @DisplayName(
            "R-S6 double booking → 422: an engineer approved for one case cannot be proposed or approved for an overlapping window of another")
    void doubleBooking() {
        long engineer2 = engineerId("engineer2");
        long engineer = engineerId("engineer");
        Instant from = ahead(Duration.ofDays(400));
        Instant to = from.plus(Duration.ofHours(8));
        String first = onSiteCase(Duration.ofHours(3));
        assertThat(as("specialist")
                        .post(first + "/dispatch-proposal", proposal(engineer2, from, to))
                        .status())
                .isEqualTo(200);
        JsonObject booked = as("gm").post(first + "/dispatch-approval", "{\"approve\":true}")
                .json();
        assertThat(booked.getString("status")).isEqualTo("DISPATCHED");

        String second = onSiteCase(Duration.ofHours(3));
        Instant overlapping = to.minus(Duration.ofHours(1));
        Api.Reply refused = as("specialist")
                .post(
                        second + "/dispatch-proposal",
                        proposal(engineer2, overlapping, overlapping.plus(Duration.ofHours(4))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("engineerIds");
        assertThat(refused.json().getString("detail")).contains(booked.getString("number"));

        assertThat(as("specialist")
                        .post(
                                second + "/dispatch-proposal",
                                proposal(engineer, overlapping, overlapping.plus(Duration.ofHours(4))))
                        .status())
                .isEqualTo(200);
        Api.Reply approving = as("leader")
                .post(second + "/dispatch-approval", "{\"approve\":true,\"engineerIds\":[" + engineer2 + "]}");
        assertThat(approving.status()).as(approving.toString()).isEqualTo(422);
        assertThat(as("finance").get(second).json().getString("status")).isEqualTo("ON_SITE_CONFIRMED");
        Api.Reply rejected =
                as("leader").post(second + "/dispatch-approval", "{\"approve\":false,\"reason\":\"先远程指导\"}");
        assertThat(rejected.json().getJsonObject("dispatch").getString("status"))
                .isEqualTo("REJECTED");
        assertThat(rejected.json().getJsonObject("dispatch").getString("rejectionReason"))
                .isEqualTo("先远程指导");
    }

    @Test
    @DisplayName("R-S6 an engineer may not approve a dispatch → 403, nor may the ERP; the leader may")
    void engineerMayNotApprove() {
        String path = onSiteCase(Duration.ofHours(3));
        Instant from = ahead(Duration.ofDays(500));
        assertThat(as("specialist")
                        .post(
                                path + "/dispatch-proposal",
                                proposal(engineerId("engineer"), from, from.plus(Duration.ofHours(4))))
                        .status())
                .isEqualTo(200);

        Api.Reply byEngineer = as("engineer").post(path + "/dispatch-approval", "{\"approve\":true}");
        assertThat(byEngineer.status()).as(byEngineer.toString()).isEqualTo(403);
        assertThat(byEngineer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(as("erp")
                        .post(path + "/dispatch-approval", "{\"approve\":true}")
                        .status())
                .isEqualTo(403);
        assertThat(as("engineer")
                        .post(path + "/dispatch-proposal", proposal(1, from, from.plusSeconds(60)))
                        .status())
                .as("nor propose")
                .isEqualTo(403);
        assertThat(as("engineer").get("dispatch/engineers").status()).isEqualTo(403);
        assertThat(as("finance").get(path).json().getString("status")).isEqualTo("ON_SITE_CONFIRMED");

        assertThat(as("leader")
                        .post(path + "/dispatch-approval", "{\"approve\":true}")
                        .json()
                        .getString("status"))
                .isEqualTo("DISPATCHED");
    }

    @Test
    @DisplayName(
            "R-S6 the dispatch board shows each engineer's four skills, flags gaps for training, and lists bookings in the window")
    void board() {
        Instant from = ahead(Duration.ofDays(600));
        String path = onSiteCase(Duration.ofHours(3));
        as("specialist")
                .post(
                        path + "/dispatch-proposal",
                        proposal(engineerId("engineer"), from, from.plus(Duration.ofHours(6))));
        String number = as("leader")
                .post(path + "/dispatch-approval", "{\"approve\":true}")
                .json()
                .getString("number");

        JsonObject engineer =
                engineerOnBoard("engineer", from.minus(Duration.ofDays(1)), from.plus(Duration.ofDays(1)));
        JsonObject engineer2 =
                engineerOnBoard("engineer2", from.minus(Duration.ofDays(1)), from.plus(Duration.ofDays(1)));

        assertThat(engineer.getBoolean("flaggedForTraining")).isFalse();
        assertThat(engineer.getJsonArray("qualifications")).hasSize(4);
        assertThat(engineer.getJsonArray("bookings").getJsonObject(0).getString("caseNumber"))
                .isEqualTo(number);
        assertThat(engineer.getJsonArray("bookings").getJsonObject(0).getString("plannedFrom"))
                .isEqualTo(from.toString());
        assertThat(engineer2.getBoolean("flaggedForTraining")).isTrue();
        assertThat(engineer2.getJsonArray("missingQualifications").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("INSTRUMENTATION_CONTROL_COMMISSIONING");
        assertThat(as("leader")
                        .get("dispatch/engineers?from=2026-06-01T09:00:00")
                        .status())
                .as("an instant without offset")
                .isEqualTo(422);
    }

    @Test
    @DisplayName(
            "R-S12 costs by category, trip report and the leader's assessment after sign-off; R-S9 a split not summing to 100 → 422")
    void afterTheService() {
        String path = workDoneCase();
        Api engineer = as("engineer");
        engineer.post(
                path + "/service-report/sign",
                "{\"signerName\":\"刘明\",\"signerRole\":\"OWNER_PROJECT_MANAGER\"," + "\"scanBase64\":\"" + PDF_SCAN
                        + "\",\"scanContentType\":\"application/pdf\"}");
        Api.Reply notAPng = engineer.post(
                path + "/dispatch-ticket/sign",
                "{\"customerName\":\"刘明\",\"scanBase64\":\"" + PDF_SCAN + "\",\"scanContentType\":\"image/png\"}");
        assertThat(notAPng.status()).as("judged by its bytes").isEqualTo(422);
        assertThat(as("leader")
                        .post(
                                path + "/assessment",
                                "{\"workloadScore\":4,\"qualityScore\":4," + "\"costControlScore\":4}")
                        .status())
                .as("not before sign-off")
                .isEqualTo(422);
        assertThat(engineer.post(
                                path + "/dispatch-ticket/sign",
                                "{\"customerName\":\"刘明\",\"signature\":\"" + DRAWN + "\"}")
                        .json()
                        .getString("status"))
                .isEqualTo("SIGNED_OFF");

        Api.Reply labour = engineer.post(
                path + "/costs",
                "{\"category\":\"LABOUR\",\"description\":\"现场检修 2 人\",\"hours\":8,\"rate\":\"85.00\"}");
        assertThat(labour.status()).as(labour.toString()).isEqualTo(201);
        assertThat(labour.json().getString("amount")).isEqualTo("680.00");
        assertThat(labour.header("Location"))
                .endsWith(path + "/costs/" + labour.json().getJsonNumber("id"));
        assertThat(engineer.post(
                                path + "/costs",
                                "{\"category\":\"TRAVEL\",\"description\":\"高铁往返\"," + "\"amount\":\"553.00\"}")
                        .status())
                .isEqualTo(201);
        assertThat(engineer.post(
                                path + "/costs",
                                "{\"category\":\"TRAVEL\",\"description\":\"x\",\"amount\":\"5\"," + "\"hours\":1}")
                        .status())
                .isEqualTo(422);
        assertThat(as("finance")
                        .post(
                                path + "/costs",
                                "{\"category\":\"OTHER\",\"description\":\"x\"," + "\"amount\":\"5.00\"}")
                        .status())
                .isEqualTo(403);
        JsonObject statement = as("finance").get(path + "/costs").json();
        assertThat(statement.getString("total")).isEqualTo("1233.00");
        assertThat(statement.getJsonArray("items")).hasSize(2);
        assertThat(statement.getJsonArray("totals").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("category") + " " + t.getString("amount"))
                .containsExactly(
                        "LABOUR 680.00",
                        "TRAVEL 553.00",
                        "ACCOMMODATION 0.00",
                        "SPARE_PARTS 0.00",
                        "SUBCONTRACTED_WORK 0.00",
                        "OTHER 0.00");

        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(engineer.post(
                                path + "/trip-report",
                                "{\"text\":\"赴城东污水厂更换机封，当日返回\",\"fromDate\":\"" + today + "\",\"toDate\":\"" + today
                                        + "\"}")
                        .json()
                        .getJsonObject("tripReport")
                        .getString("filedBy"))
                .isEqualTo("engineer");
        assertThat(engineer.post(
                                path + "/assessment",
                                "{\"workloadScore\":5,\"qualityScore\":5," + "\"costControlScore\":5}")
                        .status())
                .isEqualTo(403);
        JsonObject assessed = as("leader")
                .post(
                        path + "/assessment",
                        "{\"workloadScore\":4,\"qualityScore\":5," + "\"costControlScore\":3,\"comment\":\"备件费用偏高\"}")
                .json();
        assertThat(assessed.getJsonObject("assessment").getString("assessor")).isEqualTo("leader");
        assertThat(assessed.getJsonObject("assessment").getInt("costControlScore"))
                .isEqualTo(3);

        String factoryReturn = "{\"kind\":\"FACTORY_RETURN\",\"consentBy\":\"业主运行主管 刘明\",\"consentAt\":\""
                + ago(Duration.ofHours(3)) + "\",\"leadershipReportedAt\":\"" + ago(Duration.ofHours(2))
                + "\",\"bookEntry\":{\"number\":\"SB-IT-" + path.replace("cases/", "") + "\",\"date\":\"" + today
                + "\",\"text\":\"2号泵返厂修理\"},\"split\":{\"company\":0,\"subcontractor\":%s,\"design\":20,"
                + "\"owner\":0}}";
        Api.Reply badSplit = engineer.post(path + "/factory-return", factoryReturn.formatted("70"));
        assertThat(badSplit.status()).isEqualTo(422);
        assertThat(badSplit.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("split");
        JsonObject returned = engineer.post(path + "/factory-return", factoryReturn.formatted("80"))
                .json();
        assertThat(returned.getJsonArray("factoryReturns")
                        .getJsonObject(0)
                        .getJsonNumber("subcontractorShare")
                        .bigDecimalValue())
                .isEqualByComparingTo("80");
        List<String> kinds = returned.getJsonArray("factoryReturns").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("kind"))
                .toList();
        assertThat(kinds).containsExactly("FACTORY_RETURN");
    }
}
