package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private Project project;
    private Subcontractor subcontractor;
    private Department east;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("retention");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        project = ProjectFixtures.projectInWarranty(database, "WTP-RET", east);
        subcontractor = database.saved(new Subcontractor("磁悬浮风机厂", SubcontractorKind.EQUIPMENT_SUPPLIER));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static RetentionService service(EntityManager em, Caller caller) {
        RetentionService service = new RetentionService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.clock = CLOCK;
        service.changeLog = new ChangeLog(service.em, CLOCK);
        service.holidays = org.aftersales.policy.PolicyFixturesCalendar.holidayCalendarService(em, caller);
        return service;
    }

    private long retentionHolding(String amount) {
        RetentionService service = service(database.em(), new TestCaller(null, Role.ENGINEERING));
        return database.inTransaction(() -> service.holdFromSubcontractor(
                        project.getId(), subcontractor.getId(), Money.of(amount), null, null)
                .getId());
    }

    @Test
    @DisplayName(
            "R-C4 two confirmations at the same moment cannot overdraw: the second waits for the first and is refused, its cost stays registered")
    void concurrentConfirmationsCannotOverdraw() throws Exception {
        long retentionId = retentionHolding("100.00");
        RetentionService specialist = service(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        List<Long> costIds = new ArrayList<>();
        for (String cause : List.of("鼓风机轴承更换", "变频器模块更换")) {
            costIds.add(database.inTransaction(() -> specialist
                    .registerQualityCost(retentionId, Money.of("80.00"), cause, null, null)
                    .getId()));
        }
        CyclicBarrier bothReadTheBalance = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long costId : costIds) {
            outcomes.add(pool.submit(() -> {
                EntityManager em = database.em().getEntityManagerFactory().createEntityManager();
                try {
                    RetentionService service = service(em, new TestCaller(null, Role.ENGINEERING));
                    // Hold each transaction after it has read the balance until the other one has read it too:
                    // without the row lock both read 100.00 here and both would deduct 80.00.
                    service.afterBalanceRead = () -> {
                        try {
                            bothReadTheBalance.await(700, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException | BrokenBarrierException otherIsWaitingForTheLock) {
                            // with the lock the other transaction cannot read yet: go on alone
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    };
                    em.getTransaction().begin();
                    try {
                        service.confirmQualityCost(costId);
                        em.getTransaction().commit();
                        return "deducted";
                    } catch (BusinessException refused) {
                        em.getTransaction().rollback();
                        return refused.getMessageKey();
                    } catch (RuntimeException other) {
                        if (em.getTransaction().isActive()) {
                            em.getTransaction().rollback();
                        }
                        return other.getClass().getSimpleName();
                    }
                } finally {
                    em.close();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("deducted", "retention.error.overdraw");
        RetentionService reader = service(database.em(), new TestCaller(null, Role.ENGINEERING));
        database.em().clear();
        SubcontractorRetention retention = database.inTransaction(() -> reader.findSubcontractorRetention(retentionId));
        assertThat(retention.balance()).isEqualTo(Money.of("20.00"));
        assertThat(database.count("retention_entry")).isEqualTo(2);
        assertThat(database.inTransaction(() -> reader.qualityCosts(retentionId)))
                .extracting(QualityCost::getState)
                .containsExactlyInAnyOrder(QualityCostState.CONFIRMED, QualityCostState.REGISTERED);
    }

    @Test
    @DisplayName(
            "R-C4 a quality cost registered by after-sales is deducted only when Engineering confirms it; too large a one is refused and stays registered")
    void qualityCostRegisteredThenConfirmed() {
        long retentionId = retentionHolding("1000.00");
        ServiceCaseService cases =
                CaseFixtures.caseService(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST), CLOCK);
        ServiceCase serviceCase = database.inTransaction(() -> cases.register(new CaseIntake(
                project.getId(), null, Channel.PHONE, CaseType.SERVICE_REQUEST, "王工", null, "鼓风机轴承异响", true, false)));
        RetentionService specialist = service(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        RetentionService engineering = service(database.em(), new TestCaller(null, Role.ENGINEERING));

        QualityCost bearing = database.inTransaction(() -> specialist.registerQualityCost(
                retentionId, Money.of("600.00"), "鼓风机轴承质量问题，更换轴承", serviceCase.getId(), null));
        QualityCost motor = database.inTransaction(() ->
                specialist.registerQualityCost(retentionId, Money.of("500.00"), "电机绕组烧毁", serviceCase.getId(), null));
        assertThat(bearing.getState()).isEqualTo(QualityCostState.REGISTERED);
        assertThat(database.inTransaction(() -> engineering.findSubcontractorRetention(retentionId))
                        .balance())
                .isEqualTo(Money.of("1000.00"));
        assertThat(database.inTransaction(engineering::qualityCostsAwaitingConfirmation))
                .extracting(QualityCost::getId)
                .containsExactly(bearing.getId(), motor.getId());
        assertThatThrownBy(() -> database.inTransaction(() -> specialist.confirmQualityCost(bearing.getId())))
                .isInstanceOf(AccessDeniedException.class);

        QualityCost confirmed = database.inTransaction(() -> engineering.confirmQualityCost(bearing.getId()));
        assertThat(confirmed.getState()).isEqualTo(QualityCostState.CONFIRMED);
        assertThat(confirmed.getDecidedBy()).isEqualTo(new TestCaller(null, Role.ENGINEERING).username());
        assertThat(confirmed.getEntry().getServiceCaseId()).isEqualTo(serviceCase.getId());
        assertThat(database.inTransaction(() -> engineering.findSubcontractorRetention(retentionId))
                        .balance())
                .isEqualTo(Money.of("400.00"));

        assertThatThrownBy(() -> database.inTransaction(() -> engineering.confirmQualityCost(motor.getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("retention.error.overdraw");
        database.em().clear();
        assertThat(database.inTransaction(() -> engineering.qualityCosts(retentionId)))
                .extracting(QualityCost::getState)
                .containsExactly(QualityCostState.REGISTERED, QualityCostState.CONFIRMED);
        assertThat(database.inTransaction(() -> engineering.findSubcontractorRetention(retentionId))
                        .balance())
                .isEqualTo(Money.of("400.00"));

        QualityCost rejected = database.inTransaction(() -> engineering.rejectQualityCost(motor.getId(), "属业主误操作"));
        assertThat(rejected.getState()).isEqualTo(QualityCostState.REJECTED);
        assertThatThrownBy(() -> database.inTransaction(() -> engineering.confirmQualityCost(motor.getId())))
                .hasMessage("qualityCost.error.alreadyDecided");
        assertThat(database.inTransaction(engineering::qualityCostsAwaitingConfirmation))
                .isEmpty();

        List<LedgerLine> ledger = database.inTransaction(() -> engineering.ledgerPage(0, 10));
        assertThat(ledger)
                .extracting(LedgerLine::kind, LedgerLine::amount, LedgerLine::caseNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RetentionEntryKind.HELD, Money.of("1000.00"), null),
                        org.assertj.core.groups.Tuple.tuple(
                                RetentionEntryKind.DEDUCTED, Money.of("600.00"), serviceCase.getNumber()));
        assertThat(database.inTransaction(
                        () -> engineering.ledgerPage(ledger.get(0).entryId(), 10)))
                .extracting(LedgerLine::kind)
                .containsExactly(RetentionEntryKind.DEDUCTED);
    }

    @Test
    @DisplayName(
            "R-C8 the work list: an application awaiting verification with its days left, then deemed accepted with payment due, interest at the configured LPR")
    void returnProcedureWorkList() {
        RetentionService finance = service(database.em(), new TestCaller(null, Role.FINANCE));
        long id =
                database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null)
                        .getId());
        assertThat(database.inTransaction(() -> finance.findProjectRetention(id))
                        .getDueDate())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        // Received on Monday 2026-06-01 → verification due 2026-06-15 (Monday).
        LocalDate received = LocalDate.of(2026, 6, 1);
        database.inTransaction(() -> finance.applyForReturn(id, received.minusDays(2), received, ReturnChannel.LETTER));

        List<ReturnStatusRow> pending =
                database.inTransaction(() -> finance.returnProcedures(LocalDate.of(2026, 6, 10)));
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).status().state()).isEqualTo(ReturnState.AWAITING_VERIFICATION);
        assertThat(pending.get(0).status().verificationDueDate()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(pending.get(0).status().daysLeft()).isEqualTo(5);

        database.inTransaction(() -> finance.recordReminder(id, LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 17)));
        // 2026-06-17 + 14 = 07-01 (Wednesday); deemed accepted 07-02; payment due 07-16 (Thursday).
        ReturnStatus status = database.inTransaction(() -> finance.returnStatus(id, LocalDate.of(2026, 8, 30)));
        assertThat(status.state()).isEqualTo(ReturnState.DEEMED_ACCEPTED);
        assertThat(status.deemedAcceptedDate()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(status.paymentDueDate()).isEqualTo(LocalDate.of(2026, 7, 16));
        // 07-17 … 08-30 = 45 days at the one-year LPR of 3.00 % (since 2025-05-20): 30,000 × 3 × 45 / 36,500.
        assertThat(status.interestAccrued()).isEqualTo(Money.of("110.96"));
    }

    @Test
    @DisplayName(
            "R-C8 the other way round: a subcontractor's application is listed with the company's own deadline to answer until the company answers")
    void companyAnswersSubcontractorsInTime() {
        long retentionId = retentionHolding("80000.00");
        RetentionService engineering = service(database.em(), new TestCaller(null, Role.ENGINEERING));
        // Received Monday 2026-06-01 → the company must answer by 2026-06-15.
        database.inTransaction(() -> engineering.receiveReturnApplication(
                retentionId, LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 1), ReturnChannel.EMAIL));
        List<SubcontractorReturnRow> toAnswer =
                database.inTransaction(() -> engineering.subcontractorApplicationsToAnswer(LocalDate.of(2026, 6, 12)));
        assertThat(toAnswer).hasSize(1);
        assertThat(toAnswer.get(0).status().verificationDueDate()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(toAnswer.get(0).status().daysLeft()).isEqualTo(3);
        assertThat(toAnswer.get(0).status().state()).isEqualTo(ReturnState.AWAITING_VERIFICATION);

        database.inTransaction(() -> engineering.answerReturnApplication(
                retentionId, LocalDate.of(2026, 6, 10), true, "轴承质量问题扣款 12,800 元后返还"));
        assertThat(database.inTransaction(
                        () -> engineering.subcontractorApplicationsToAnswer(LocalDate.of(2026, 6, 12))))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-C8 R-O2 the late-payment rate history: a new LPR step applies from its day on; one step per day; only policy editors")
    void latePaymentRateHistory() {
        RetentionService engineering = service(database.em(), new TestCaller(null, Role.ENGINEERING));
        assertThat(database.inTransaction(engineering::latePaymentRates))
                .extracting(LatePaymentRate::getAnnualPercent)
                .last()
                .satisfies(p -> assertThat(p).isEqualByComparingTo("3.00"));
        database.inTransaction(
                () -> engineering.addLatePaymentRate(LocalDate.of(2026, 9, 22), new java.math.BigDecimal("2.80")));
        assertThatThrownBy(() -> database.inTransaction(() ->
                        engineering.addLatePaymentRate(LocalDate.of(2026, 9, 22), new java.math.BigDecimal("2.70"))))
                .hasMessage("returnProcedure.error.rateDayTaken");
        RetentionService finance = service(database.em(), new TestCaller(null, Role.FINANCE));
        assertThatThrownBy(() -> database.inTransaction(
                        () -> finance.addLatePaymentRate(LocalDate.of(2026, 10, 22), new java.math.BigDecimal("2.70"))))
                .isInstanceOf(AccessDeniedException.class);
        // 100,000 due 2026-09-20: 09-21 at 3.00 %, 09-22 … 09-30 (9 days) at 2.80 %: (3.00 + 25.2) × 100,000 / 36,500.
        LateInterest rates = LateInterest.atRates(database.inTransaction(engineering::latePaymentRates));
        assertThat(rates.accrued(
                        Money.of("100000.00"), List.of(), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30)))
                .isEqualTo(Money.of("77.26"));
    }

    @Test
    @DisplayName(
            "R-C4 only Engineering confirms (and so deducts) a quality cost: not the specialist who registered it, not the ERP")
    void onlyEngineeringConfirms() {
        long retentionId = retentionHolding("100.00");
        RetentionService erp = service(database.em(), new TestCaller(null, Role.INTEGRATION));
        RetentionService specialist = service(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        long costId =
                database.inTransaction(() -> erp.registerQualityCost(retentionId, Money.of("1.00"), "x", null, null)
                        .getId());

        for (RetentionService notEngineering : List.of(erp, specialist)) {
            assertThatThrownBy(() -> database.inTransaction(() -> notEngineering.confirmQualityCost(costId)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> database.inTransaction(() -> notEngineering.rejectQualityCost(costId, "不认可")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        database.em().clear();
        assertThat(database.inTransaction(() -> erp.qualityCost(costId)).getState())
                .isEqualTo(QualityCostState.REGISTERED);
        assertThat(database.inTransaction(() -> erp.findSubcontractorRetention(retentionId))
                        .balance())
                .isEqualTo(Money.of("100.00"));
    }

    @Test
    @DisplayName(
            "R-C4 the ERP registers a quality cost on after-sales' behalf and the record says so; after-sales (specialist, engineer) registers in its own name")
    void erpRegistersOnBehalfOfAfterSales() {
        long retentionId = retentionHolding("1000.00");
        RetentionService erp = service(database.em(), new TestCaller(null, Role.INTEGRATION));
        RetentionService specialist = service(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        RetentionService engineer = service(database.em(), new TestCaller(null, Role.AFTER_SALES_ENGINEER));

        long sent = database.inTransaction(
                () -> erp.registerQualityCost(retentionId, Money.of("300.00"), "ERP 传来的轴承更换费用", null, null)
                        .getId());
        long own = database.inTransaction(() -> specialist
                .registerQualityCost(retentionId, Money.of("200.00"), "密封件更换", null, null)
                .getId());
        long byEngineer = database.inTransaction(
                () -> engineer.registerQualityCost(retentionId, Money.of("100.00"), "阀门执行器更换", null, null)
                        .getId());
        database.em().clear();

        assertThat(database.inTransaction(() -> engineer.qualityCost(byEngineer))
                        .getRegistrant()
                        .isOnBehalfOfAfterSales())
                .isFalse();
        assertThatThrownBy(() -> database.inTransaction(() -> engineer.findSubcontractorRetention(retentionId)))
                .as("the engineer registers costs but does not read the register's figures")
                .isInstanceOf(AccessDeniedException.class);
        Registrant byErp = database.inTransaction(() -> erp.qualityCost(sent)).getRegistrant();
        Registrant bySpecialist =
                database.inTransaction(() -> erp.qualityCost(own)).getRegistrant();
        assertThat(byErp.getUsername()).isEqualTo("test");
        assertThat(byErp.isOnBehalfOfAfterSales()).isTrue();
        assertThat(bySpecialist.isOnBehalfOfAfterSales()).isFalse();
        assertThat(database.inTransaction(() -> erp.qualityCosts(retentionId, new PageRequest(1, 1, null, true))))
                .satisfies(page -> {
                    assertThat(page.total()).isEqualTo(3);
                    assertThat(page.items()).extracting(QualityCost::getId).containsExactly(own);
                });
    }

    @Test
    @DisplayName(
            "R-C4 a quality cost names a case of the retention's project: an unknown case or another project's is refused on caseId, nothing registered")
    void qualityCostCaseMustBeOfTheProject() {
        long retentionId = retentionHolding("1000.00");
        Project other = ProjectFixtures.projectInWarranty(database, "WTP-OTHER", east);
        ServiceCaseService cases =
                CaseFixtures.caseService(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST), CLOCK);
        ServiceCase otherCase = database.inTransaction(() -> cases.register(new CaseIntake(
                other.getId(), null, Channel.PHONE, CaseType.SERVICE_REQUEST, "王工", null, "别的项目", true, false)));
        RetentionService erp = service(database.em(), new TestCaller(null, Role.INTEGRATION));

        assertThatThrownBy(() -> database.inTransaction(
                        () -> erp.registerQualityCost(retentionId, Money.of("10.00"), "x", otherCase.getId(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("qualityCost.error.caseOfOtherProject")
                .extracting(e -> ((BusinessException) e).getField())
                .isEqualTo("caseId");
        assertThatThrownBy(() -> database.inTransaction(
                        () -> erp.registerQualityCost(retentionId, Money.of("10.00"), "x", 987654321L, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("qualityCost.error.caseNotFound")
                .extracting(e -> ((BusinessException) e).getField())
                .isEqualTo("caseId");
        assertThat(database.count("quality_cost")).isZero();
    }

    @Test
    @DisplayName("R-C5 a project department records collections only on its own projects; recovery rate per period")
    void projectRetentionByDepartment() {
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        RetentionService eastUser = service(database.em(), new TestCaller(east.getId(), Role.PROJECT_DEPT));
        RetentionService westUser = service(database.em(), new TestCaller(west.getId(), Role.PROJECT_DEPT));
        long id = database.inTransaction(
                () -> eastUser.recordProjectRetention(project.getId(), Money.of("30000.00"), null)
                        .getId());

        database.inTransaction(() -> eastUser.collect(id, Money.of("15000.00"), LocalDate.of(2026, 3, 5)));

        assertThatThrownBy(() ->
                        database.inTransaction(() -> westUser.collect(id, Money.of("1.00"), LocalDate.of(2026, 3, 5))))
                .isInstanceOf(org.aftersales.shared.NotFoundException.class);
        RecoveryRate march = database.inTransaction(
                () -> eastUser.recoveryRate(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null));
        assertThat(march.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50.00"));
        assertThat(database.inTransaction(
                                () -> westUser.recoveryRate(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null))
                        .percent())
                .as("nothing of theirs fell due")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-C8 the scan of the owner's receipt is stored in the document store under the project and linked to the procedure; a refused file records nothing")
    void receiptScanLinkedToTheProcedure() {
        TestCaller financeCaller = new TestCaller(null, Role.FINANCE);
        RetentionService finance = service(database.em(), financeCaller);
        finance.documents = org.aftersales.document.DocumentFixtures.store(database, financeCaller);
        long id =
                database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null)
                        .getId());

        assertThatThrownBy(() -> database.inTransaction(() -> finance.applyForReturn(
                        id,
                        null,
                        LocalDate.of(2026, 6, 1),
                        ReturnChannel.LETTER,
                        new org.aftersales.document.DocumentUpload(
                                "回执.pdf",
                                new java.io.ByteArrayInputStream(
                                        org.aftersales.document.DocumentFixtures.executable())))))
                .isInstanceOf(BusinessException.class);
        database.em().clear();
        assertThat(database.inTransaction(() -> finance.findProjectRetention(id))
                        .getReturnApplication())
                .isNull();

        database.inTransaction(() -> finance.applyForReturn(
                id,
                null,
                LocalDate.of(2026, 6, 1),
                ReturnChannel.LETTER,
                org.aftersales.document.DocumentFixtures.pdfUpload("签收回执.pdf", "received 2026-06-01")));
        database.inTransaction(() -> finance.recordReminder(
                id,
                LocalDate.of(2026, 6, 16),
                LocalDate.of(2026, 6, 17),
                org.aftersales.document.DocumentFixtures.pdfUpload("催告函回执.pdf", "received 2026-06-17")));
        database.em().clear();
        ReturnApplication application =
                database.inTransaction(() -> finance.findProjectRetention(id)).getReturnApplication();
        assertThat(application.getApplicationScanId()).isNotNull();
        assertThat(application.getReminderScanId()).isNotNull().isNotEqualTo(application.getApplicationScanId());
        org.aftersales.document.StoredDocument scan = database.inTransaction(() ->
                database.em().find(org.aftersales.document.StoredDocument.class, application.getApplicationScanId()));
        assertThat(scan.getFileName()).isEqualTo("签收回执.pdf");
        assertThat(scan.getKind()).isEqualTo(org.aftersales.document.DocumentKind.SCAN);
        assertThat(scan.getProject().getId()).isEqualTo(project.getId());
    }

    @Test
    @DisplayName(
            "R-C8 an issued letter is stored with the register, its content frozen: after a payment and new terms the reprint still shows what was sent")
    void issuedLetterIsFrozen() {
        RetentionService finance = service(database.em(), new TestCaller(null, Role.FINANCE));
        long id =
                database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null)
                        .getId());
        Letterhead head = new Letterhead("某某环保工程有限公司", "杭州市滨江区", "0571-88888888");
        long letterId = database.inTransaction(
                () -> finance.issueLetter(id, LetterKind.APPLICATION, head).getId());

        database.inTransaction(() -> finance.collect(id, Money.of("10000.00"), LocalDate.of(2026, 3, 9)));
        database.inTransaction(() -> finance.agreeReturnTerms(id, 30, null));
        database.em().clear();

        LetterContent draft = database.inTransaction(() -> finance.draftLetter(id, LetterKind.APPLICATION, head));
        assertThat(draft.amount()).isEqualTo(Money.of("20000.00"));
        assertThat(draft.body()).contains("¥20,000.00").contains("核实后 30 日内");

        RetentionLetter stored = database.inTransaction(() -> finance.findLetter(letterId));
        LetterContent sent = stored.content();
        assertThat(stored.getIssuedBy()).isEqualTo(new TestCaller(null, Role.FINANCE).username());
        assertThat(sent.issueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(sent.amount()).isEqualTo(Money.of("30000.00"));
        assertThat(sent.body())
                .contains("人民币 ¥30,000.00（大写：叁万元整）")
                .contains("核实后 14 日内")
                .doesNotContain("20,000.00");
        assertThat(sent.paragraphs()).hasSize(3);
        assertThat(sent.letterhead()).isEqualTo(head);
        assertThat(sent.addressee()).isEqualTo(project.getOwner().getName());
        assertThat(database.inTransaction(() -> finance.letters(List.of(id))).get(id))
                .extracting(RetentionLetter::getKind)
                .containsExactly(LetterKind.APPLICATION);

        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        RetentionService otherDepartment = service(database.em(), new TestCaller(west.getId(), Role.PROJECT_DEPT));
        assertThatThrownBy(() -> database.inTransaction(() -> otherDepartment.findLetter(letterId)))
                .isInstanceOf(org.aftersales.shared.NotFoundException.class);
        RetentionService specialist = service(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        assertThatThrownBy(() -> database.inTransaction(() -> specialist.issueLetter(id, LetterKind.APPLICATION, head)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
