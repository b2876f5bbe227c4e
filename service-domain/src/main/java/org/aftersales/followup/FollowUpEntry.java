package org.aftersales.followup;

import java.time.Instant;

/**
 * What is taken down about one owner follow-up (R-F2).
 *
 * @param contactedAt when the contact was made; may be earlier than now (logged after the fact), never later;
 *     {@code null} means now
 * @param ownerContactId the person of the project's owner contact list (R-F1) who was called; {@code null} when the
 *     attempt reached nobody named on the list
 * @param reached the owner was reached; an attempt that reached nobody does not restart the two-week cadence
 * @param equipmentStatus how the equipment runs, as the owner said; required when reached, ignored otherwise
 */
public record FollowUpEntry(
        Instant contactedAt,
        Long ownerContactId,
        FollowUpChannel channel,
        boolean reached,
        EquipmentStatus equipmentStatus,
        String notes) {}
