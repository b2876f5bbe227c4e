package org.aftersales.paidservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.paidservice.QuotationService.Item;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.policy.PolicyKey;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseEvent;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.DispatchService;
import org.aftersales.servicecase.PartUsed;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Quotations of paid service against the migrated schema (H2), outside a container (R-C6). "Now" is 2026-06-10 12:00
 * Shanghai: the plant P-EAST's warranty ended on 2026-03-01 and it has no contract, so its calls are PAID; P-NEW was
 * handed over in 2026 and its calls are WARRANTY.
 */
class QuotationServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-06-10T04:00:00Z");

    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private TestDatabase database;
    private Project outOfWarranty;
    private Project inWarranty;
    private AppUser li;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("quotations");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        outOfWarranty = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        Project fresh = new Project("P-NEW", "新建水厂", database.saved(new Owner("新区水务")), 12);
        fresh.recordHandover(new HandoverDates(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), null, 12));
        inWarranty = database.saved(fresh);
        li = database.saved(new AppUser("engineer", "李工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static TestCaller as(Role role) {
        return new TestCaller(null, role);
    }

    private QuotationService quotations(Caller caller) {
        return PaidServiceFixtures.quotationService(database.em(), caller, clock);
    }

    private ServiceCaseService cases() {
        return CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
    }

    private ServiceCase onSiteCase(Project project) {
        ServiceCase registered = database.inTransaction(() -> cases().register(new CaseIntake(
                project.getId(),
                null,
                Channel.HOTLINE,
                CaseType.SERVICE_REQUEST,
                "刘明",
                Instant.parse("2026-06-10T01:00:00Z"),
                "2号泵机械密封泄漏",
                false,
                false)));
        return database.inTransaction(
                () -> cases().confirmOnSiteNeeded(registered.getId(), Instant.parse("2026-06-10T02:00:00Z"), null));
    }

    private static List<Item> items() {
        return List.of(
                new Item("机械密封更换（备件）", null, BigDecimal.ONE, Money.of("1234.55"), null),
                new Item("现场调试技术服务", LineKind.TECHNICAL_SERVICE, null, Money.of("800.00"), null),
                new Item("螺栓", LineKind.PARTS_AND_REPAIR, new BigDecimal("8"), Money.of("0.05"), new BigDecimal("13")));
    }

    private Quotation reloadedQuotation(long caseId) {
        database.em().clear();
        return database.inTransaction(() -> quotations(as(Role.FINANCE)).find(caseId))
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "R-C6 a quotation of a PAID case: price = cost × 1.10 HALF_UP per line, VAT at the kind's default rate (13 % parts and repair, 6 % technical service), totals and 大写, stored")
    void quoteAPaidCase() {
        ServiceCase serviceCase = onSiteCase(outOfWarranty);
        assertThat(serviceCase.getServiceClass()).isEqualTo(ServiceClass.PAID);

        database.inTransaction(() -> quotations(as(Role.AFTER_SALES_SPECIALIST)).quote(serviceCase.getId(), items()));

        Quotation read = reloadedQuotation(serviceCase.getId());
        assertThat(read.getLines())
                .extracting(l -> l.getPrice().toString())
                .containsExactly("1358.01", "880.00", "0.06");
        assertThat(read.getLines())
                .extracting(l -> l.getVatRate().stripTrailingZeros().toPlainString())
                .containsExactly("13", "6", "13");
        assertThat(read.getLines()).extracting(l -> l.getVat().toString()).containsExactly("176.54", "52.80", "0.01");
        assertThat(read.getLines())
                .extracting(QuotationLine::getKind)
                .containsExactly(LineKind.PARTS_AND_REPAIR, LineKind.TECHNICAL_SERVICE, LineKind.PARTS_AND_REPAIR);
        assertThat(read.getLines().get(2).getQuantity()).isEqualByComparingTo("8");
        assertThat(read.getTotal()).isEqualTo(Money.of("2238.07"));
        assertThat(read.getVat()).isEqualTo(Money.of("229.35"));
        assertThat(read.getTotalWithVat()).isEqualTo(Money.of("2467.42"));
        assertThat(read.getTotalInWords()).isEqualTo("贰仟肆佰陆拾柒元肆角贰分");
        assertThat(read.getMarkupPercent()).isEqualByComparingTo("10");
        assertThat(read.getRevision()).isEqualTo(1);
        assertThat(read.isAccepted()).isFalse();
    }

    @Test
    @DisplayName("R-C6 a quotation for a case that is not PAID (here WARRANTY) is refused, nothing is stored")
    void notPaidIsRefused() {
        ServiceCase serviceCase = onSiteCase(inWarranty);
        assertThat(serviceCase.getServiceClass()).isEqualTo(ServiceClass.WARRANTY);

        assertThatThrownBy(() -> database.inTransaction(
                        () -> quotations(as(Role.AFTER_SALES_SPECIALIST)).quote(serviceCase.getId(), items())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("quotation.error.notPaid");
        assertThat(database.inTransaction(() -> quotations(as(Role.FINANCE)).find(serviceCase.getId())))
                .isEmpty();
        long paid = onSiteCase(outOfWarranty).getId();
        assertThatThrownBy(() -> database.inTransaction(
                        () -> quotations(as(Role.AFTER_SALES_ENGINEER)).quote(paid, items())))
                .as("the specialist quotes, not the engineer")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName(
            "R-C6 dispatch of a PAID case is refused until the owner's acceptance is recorded (who, how, when); after it the proposal and approval go through")
    void dispatchWaitsForAcceptance() {
        ServiceCase serviceCase = onSiteCase(outOfWarranty);
        long id = serviceCase.getId();
        DispatchService dispatch = CaseFixtures.dispatchService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        Instant from = Instant.parse("2026-06-11T00:00:00Z");
        Instant to = Instant.parse("2026-06-11T08:00:00Z");

        assertThatThrownBy(() ->
                        database.inTransaction(() -> dispatch.propose(id, List.of(li.getId()), from, to, null, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("dispatch.error.quotationNotAccepted");
        database.inTransaction(() -> quotations(as(Role.AFTER_SALES_SPECIALIST)).quote(id, items()));
        assertThatThrownBy(() ->
                        database.inTransaction(() -> dispatch.propose(id, List.of(li.getId()), from, to, null, null)))
                .as("a quotation not yet accepted is not enough")
                .isInstanceOf(BusinessException.class)
                .hasMessage("dispatch.error.quotationNotAccepted");

        Instant agreed = Instant.parse("2026-06-10T03:30:00Z");
        database.inTransaction(() -> quotations(as(Role.AFTER_SALES_SPECIALIST))
                .accept(id, "城东水务 设备科 周科长", AcceptanceMeans.SIGNED_QUOTATION, agreed));
        database.inTransaction(() -> dispatch.propose(id, List.of(li.getId()), from, to, null, null));
        ServiceCase dispatched = database.inTransaction(
                () -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                        .approve(id, null, null, null));

        assertThat(dispatched.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
        Quotation read = reloadedQuotation(id);
        assertThat(read.getAcceptedBy()).isEqualTo("城东水务 设备科 周科长");
        assertThat(read.getAcceptedVia()).isEqualTo(AcceptanceMeans.SIGNED_QUOTATION);
        assertThat(read.getAcceptedAt()).isEqualTo(agreed);
        assertThat(read.getAcceptanceRecordedBy()).isEqualTo("test");
    }

    @Test
    @DisplayName(
            "R-C6 the markup is fixed when the quotation is made: after the policy goes to 12 % a revision still prices at 10 %, a new quotation at 12 %")
    void markupFixedWhenMade() {
        long first = onSiteCase(outOfWarranty).getId();
        QuotationService specialist = quotations(as(Role.AFTER_SALES_SPECIALIST));
        database.inTransaction(() -> specialist.quote(first, items()));

        database.inTransaction(() -> PolicyFixtures.policyService(database.em(), as(Role.GENERAL_MANAGER))
                .change(PolicyKey.MARKUP_PERCENT, new BigDecimal("12"), "总经理办公会 2026-06", "物价上涨"));
        database.inTransaction(() -> specialist.quote(
                first, List.of(new Item("检修", LineKind.TECHNICAL_SERVICE, null, Money.of("100.00"), null))));
        long second = onSiteCase(outOfWarranty).getId();
        database.inTransaction(() -> specialist.quote(
                second, List.of(new Item("检修", LineKind.TECHNICAL_SERVICE, null, Money.of("100.00"), null))));

        Quotation revised = reloadedQuotation(first);
        assertThat(revised.getRevision()).isEqualTo(2);
        assertThat(revised.getMarkupPercent()).isEqualByComparingTo("10");
        assertThat(revised.getTotal()).isEqualTo(Money.of("110.00"));
        assertThat(revised.getTotalWithVat()).isEqualTo(Money.of("116.60"));
        assertThat(revised.getLines()).hasSize(1);
        Quotation made = reloadedQuotation(second);
        assertThat(made.getMarkupPercent()).isEqualByComparingTo("12");
        assertThat(made.getTotal()).isEqualTo(Money.of("112.00"));
    }

    @Test
    @DisplayName(
            "R-C6 an accepted quotation is final: a revision or a second acceptance is refused; every step is on the case's timeline")
    void acceptedIsFinal() {
        long id = onSiteCase(outOfWarranty).getId();
        QuotationService specialist = quotations(as(Role.AFTER_SALES_SPECIALIST));
        database.inTransaction(() -> specialist.quote(id, items()));
        database.inTransaction(() -> specialist.quote(id, items()));
        database.inTransaction(() -> specialist.accept(id, "周科长", AcceptanceMeans.EMAIL, null));

        assertThatThrownBy(() -> database.inTransaction(() -> specialist.quote(id, items())))
                .hasMessage("quotation.error.alreadyAccepted");
        assertThatThrownBy(
                        () -> database.inTransaction(() -> specialist.accept(id, "周科长", AcceptanceMeans.EMAIL, null)))
                .hasMessage("quotation.error.alreadyAccepted");
        long unquoted = onSiteCase(outOfWarranty).getId();
        assertThatThrownBy(() ->
                        database.inTransaction(() -> specialist.accept(unquoted, "周科长", AcceptanceMeans.EMAIL, null)))
                .hasMessage("quotation.error.none");
        database.em().clear();
        ServiceCase read = database.inTransaction(() -> cases().find(id));
        assertThat(read.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        CaseEventKind.QUOTATION_MADE, CaseEventKind.QUOTATION_MADE, CaseEventKind.QUOTATION_ACCEPTED);
        assertThat(read.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.QUOTATION_MADE)
                .extracting(CaseEvent::getDetail)
                .containsExactly("#1 2238.07 / 2467.42 (+10 %)", "#2 2238.07 / 2467.42 (+10 %)");
    }

    @Test
    @DisplayName(
            "R-C6 after completion: settled as quoted, a special VAT invoice recorded, the payment received; nothing out of order")
    void settleInvoicePay() {
        long id = onSiteCase(outOfWarranty).getId();
        QuotationService specialist = quotations(as(Role.AFTER_SALES_SPECIALIST));
        QuotationService finance = quotations(as(Role.FINANCE));
        database.inTransaction(() -> specialist.quote(id, items()));
        database.inTransaction(() ->
                specialist.accept(id, "周科长", AcceptanceMeans.SIGNED_QUOTATION, Instant.parse("2026-06-10T02:10:00Z")));
        assertThatThrownBy(() -> database.inTransaction(() -> finance.settle(id, null, null)))
                .as("not before the work is done")
                .hasMessage("quotation.error.notCompleted");
        // R-S6: the engineer arrives only once the leader approved the dispatch.
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock)
                .propose(
                        id,
                        List.of(li.getId()),
                        Instant.parse("2026-06-10T02:20:00Z"),
                        Instant.parse("2026-06-10T08:00:00Z"),
                        Instant.parse("2026-06-10T02:15:00Z"),
                        null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(id, null, Instant.parse("2026-06-10T02:20:00Z"), null));

        // R-S7: the engineer sent (李工, "engineer") agrees the visit, arrives and acknowledges the safety rules himself.
        var onSite = CaseFixtures.onSiteService(
                database.em(), org.aftersales.testing.TestCaller.named("engineer", Role.AFTER_SALES_ENGINEER), clock);
        database.inTransaction(() -> onSite.agreeVisit(
                id, Instant.parse("2026-06-10T02:30:00Z"), "业主配合停机", Instant.parse("2026-06-10T02:25:00Z"), null));
        database.inTransaction(() -> cases().recordArrival(id, Instant.parse("2026-06-10T02:30:00Z"), null));
        database.inTransaction(() -> onSite.acknowledgeSafety(id, Instant.parse("2026-06-10T02:35:00Z"), null));
        database.inTransaction(() -> onSite.recordWorkDone(
                id,
                "更换机械密封",
                List.of(new PartUsed(1, "机械密封", BigDecimal.ONE)),
                "运行正常",
                Instant.parse("2026-06-10T03:50:00Z"),
                null));
        assertThatThrownBy(() -> database.inTransaction(
                        () -> finance.recordInvoice(id, InvoiceKind.SPECIAL_VAT, "No.1", LocalDate.of(2026, 6, 10))))
                .hasMessage("quotation.error.notSettled");

        database.inTransaction(() -> finance.settle(id, null, null));
        database.inTransaction(() ->
                finance.recordInvoice(id, InvoiceKind.SPECIAL_VAT, "3200261130 04512876", LocalDate.of(2026, 6, 10)));
        assertThatThrownBy(() -> database.inTransaction(
                        () -> finance.recordPayment(id, LocalDate.of(2026, 6, 9), Money.of("2467.42"))))
                .hasMessage("quotation.error.paymentBeforeInvoice");
        database.inTransaction(() -> finance.recordPayment(id, LocalDate.of(2026, 6, 10), Money.of("2467.42")));

        Quotation read = reloadedQuotation(id);
        assertThat(read.getSettledTotal()).isEqualTo(Money.of("2238.07"));
        assertThat(read.getSettledTotalWithVat()).isEqualTo(Money.of("2467.42"));
        assertThat(read.getSettledInWords()).isEqualTo("贰仟肆佰陆拾柒元肆角贰分");
        assertThat(read.getInvoiceKind()).isEqualTo(InvoiceKind.SPECIAL_VAT);
        assertThat(read.getInvoiceNumber()).isEqualTo("3200261130 04512876");
        assertThat(read.getPaymentAmount()).isEqualTo(Money.of("2467.42"));
        assertThat(read.getOutstanding()).isEqualTo(Money.ZERO);
        assertThat(read.isPaid()).isTrue();
    }
}
