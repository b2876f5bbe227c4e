package org.aftersales.mywork;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.shared.Money;

/**
 * One line of a "my work" block: what it is about, which page opens it, and the deadline that makes it urgent — an
 * instant for clocks and dispatches, a day for follow-ups, plans and retention.
 *
 * @param reference the readable number or code (case number, project code, manual number)
 * @param title a short description (the case's description, the project's name …)
 * @param labelKey the bundle key of what is due ({@code ClockKind.REPLY}, {@code FollowUpState.OVERDUE} …)
 * @param overdue whether the deadline has passed
 * @param amount the money asked for (supplements, quality costs), else {@code null}
 */
public record WorkItem(
        WorkTarget target,
        long targetId,
        String reference,
        String title,
        String labelKey,
        Instant dueAt,
        LocalDate dueDate,
        boolean overdue,
        Money amount) {}
