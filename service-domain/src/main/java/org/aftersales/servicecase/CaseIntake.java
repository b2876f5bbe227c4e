package org.aftersales.servicecase;

import java.time.Instant;

/**
 * What is taken down when a call comes in (R-S1; issue 3, Intake).
 *
 * @param projectId the project called about; {@code null} when none was chosen yet (refused, with every other missing
 *     field)
 * @param equipmentItemId the item the call is about, an item of the project; {@code null} when none is named
 * @param receivedAt when the call came in; may be earlier than now (calls are often logged after the fact), never
 *     later; {@code null} means now, and the case records that it was not stated
 * @param majorMatter on-site work or equipment replacement is needed (第三章2(1)): starts the major-matter clock
 * @param crisis a possible crisis, litigation or reputation risk: a priority special case (R-S11)
 * @param lateReason why a call received longer ago than the policy's bound is registered only now (a fax over the
 *     weekend, a letter opened on Monday); required then, ignored otherwise ({@link LateEntryRule})
 * @param concern for feedback and complaints: what the matter concerns when it is the product's quality, its function
 *     or the reasonableness of its design (R-S10: "涉及产品质量、使用功能和合理性的") — such a case is handed off to the
 *     Design Department or the subcontractor and closes only once answered; {@code null} for none (and for the other
 *     types, which refuse it)
 */
public record CaseIntake(
        Long projectId,
        Long equipmentItemId,
        Channel channel,
        CaseType type,
        String reporterName,
        Instant receivedAt,
        String description,
        boolean majorMatter,
        boolean crisis,
        String lateReason,
        ComplaintSubject concern) {

    /** A call about nothing that needs a hand-off (R-S10). */
    public CaseIntake(
            Long projectId,
            Long equipmentItemId,
            Channel channel,
            CaseType type,
            String reporterName,
            Instant receivedAt,
            String description,
            boolean majorMatter,
            boolean crisis,
            String lateReason) {
        this(
                projectId,
                equipmentItemId,
                channel,
                type,
                reporterName,
                receivedAt,
                description,
                majorMatter,
                crisis,
                lateReason,
                null);
    }

    /** A call registered as it comes in, or soon enough not to need a late reason. */
    public CaseIntake(
            Long projectId,
            Long equipmentItemId,
            Channel channel,
            CaseType type,
            String reporterName,
            Instant receivedAt,
            String description,
            boolean majorMatter,
            boolean crisis) {
        this(
                projectId,
                equipmentItemId,
                channel,
                type,
                reporterName,
                receivedAt,
                description,
                majorMatter,
                crisis,
                null);
    }
}
