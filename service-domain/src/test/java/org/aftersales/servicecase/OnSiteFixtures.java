package org.aftersales.servicecase;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Role;

/**
 * Container-free cases along the on-site path (R-S6 … R-S12), at exact instants: received 2026-03-10 09:00 Shanghai,
 * on-site work confirmed one hour later; the visit window is 2026-03-11 08:00 – 16:00 Shanghai.
 */
final class OnSiteFixtures {

    static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");
    static final Instant CONFIRMED = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant PROPOSED = Instant.parse("2026-03-10T03:00:00Z");
    static final Instant APPROVED = Instant.parse("2026-03-10T04:00:00Z");
    static final Instant WINDOW_FROM = Instant.parse("2026-03-11T00:00:00Z");
    static final Instant WINDOW_TO = Instant.parse("2026-03-11T08:00:00Z");
    static final Instant ARRIVED = Instant.parse("2026-03-11T01:00:00Z");
    static final Instant SAFETY = Instant.parse("2026-03-11T01:10:00Z");
    static final Instant WORK_DONE = Instant.parse("2026-03-11T06:00:00Z");
    static final Instant REPORT_SIGNED = Instant.parse("2026-03-11T06:30:00Z");
    static final Instant TICKET_SIGNED = Instant.parse("2026-03-11T06:35:00Z");

    /** The smallest thing that starts like a PNG: the eight signature bytes and a little more. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static final String DRAWN =
            SignatureImage.DATA_URL_PREFIX + Base64.getEncoder().encodeToString(PNG);

    private OnSiteFixtures() {}

    static AppUser engineer(String username, String name) {
        return new AppUser(username, name, "hash", Set.of(Role.AFTER_SALES_ENGINEER));
    }

    static ServiceCase registered(String number) {
        Project project = ServiceClassifierTest.project("P-1");
        return new ServiceCase(
                number,
                project,
                null,
                new CaseIntake(
                        1L,
                        null,
                        Channel.PHONE,
                        CaseType.SERVICE_REQUEST,
                        "王工（业主运行主管）",
                        RECEIVED,
                        "2号提升泵振动大，需上门检修",
                        false,
                        false),
                ServiceClass.WARRANTY,
                CONFIRMED,
                24,
                24);
    }

    /** Registered and on-site work confirmed: ON_SITE_CONFIRMED. */
    static ServiceCase confirmed(String number) {
        ServiceCase serviceCase = registered(number);
        serviceCase.confirmOnSiteNeeded(CONFIRMED, 72, 24);
        return serviceCase;
    }

    /** Dispatched with {@code engineer} for the window: DISPATCHED. */
    static ServiceCase dispatched(String number, AppUser engineer) {
        ServiceCase serviceCase = confirmed(number);
        serviceCase.proposeDispatch(List.of(engineer), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED);
        serviceCase.approveDispatch(List.of(), List.of(), "leader", APPROVED);
        return serviceCase;
    }

    /** When the engineer agreed the visit with the owner: after the approval, before the window. */
    static final Instant AGREED = Instant.parse("2026-03-10T05:00:00Z");

    /** Dispatched, and the arrival time and the owner's cooperation agreed (R-S7): ready to arrive. */
    static ServiceCase agreed(String number, AppUser engineer) {
        ServiceCase serviceCase = dispatched(number, engineer);
        agree(serviceCase);
        return serviceCase;
    }

    /** The visit agreed with the owner at {@link #AGREED} for {@link #ARRIVED}. */
    static void agree(ServiceCase serviceCase) {
        serviceCase.agreeVisit(ARRIVED, "业主安排运行人员配合停泵、断电挂牌", AGREED);
    }

    /** On site, safety acknowledged, work recorded: WORK_DONE. */
    static ServiceCase workDone(String number, AppUser engineer) {
        ServiceCase serviceCase = agreed(number, engineer);
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety(engineer.getUsername(), SAFETY);
        serviceCase.recordWorkDone(
                "更换2号提升泵机械密封，校正联轴器对中",
                List.of(new PartUsed(1, "机械密封 MG1-45", new java.math.BigDecimal("1"))),
                "试运行2小时，振动0.8 mm/s，恢复正常",
                WORK_DONE);
        return serviceCase;
    }

    /** Both papers signed: SIGNED_OFF. */
    static ServiceCase signedOff(String number, AppUser engineer) {
        ServiceCase serviceCase = workDone(number, engineer);
        serviceCase.signServiceReport(
                "刘明", SignerRole.OWNER_OPERATIONS_SUPERVISOR, null, SignatureImage.drawn(DRAWN), REPORT_SIGNED);
        serviceCase.signDispatchTicket("刘明", SignatureImage.drawn(DRAWN), TICKET_SIGNED);
        return serviceCase;
    }

    static Instant minutesAfter(Instant instant, long minutes) {
        return instant.plus(Duration.ofMinutes(minutes));
    }

    static BusinessException refusal(Runnable act) {
        try {
            act.run();
        } catch (BusinessException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }
}
