package org.aftersales.retention;

import java.time.LocalDate;
import org.aftersales.shared.Money;

/**
 * The statutory return procedure in figures for one month (R-C8, for the monthly report R-O3 and the GM dashboard), as
 * it stands at the month's end (for the running month: today). The recovery rate, the fourth R-C8 headline, is
 * {@link RecoveryRate} (R-C5), already part of the monthly figures.
 *
 * @param asOf the day the figures are taken
 * @param applicationsPending the company's applications for its retention still waiting for the owner's answer
 *     (awaiting verification, reminder due, or awaiting the answer to the reminder)
 * @param deemedAcceptances the company's applications that came to count as accepted during the month
 * @param overduePayments retentions whose payment was due (after verification or deemed acceptance) and is still
 *     outstanding after the due day
 * @param overdueOutstanding what of those is still outstanding
 * @param interestAccrued the late interest accrued on them up to {@code asOf}
 * @param subcontractorApplicationsToAnswer subcontractors' applications the company has not answered yet
 * @param interestOwed the late interest the company itself owes subcontractors it paid late up to {@code asOf}
 */
public record ReturnProcedureFigures(
        LocalDate asOf,
        long applicationsPending,
        long deemedAcceptances,
        long overduePayments,
        Money overdueOutstanding,
        Money interestAccrued,
        long subcontractorApplicationsToAnswer,
        Money interestOwed) {}
