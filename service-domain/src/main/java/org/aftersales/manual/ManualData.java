package org.aftersales.manual;

import java.util.Set;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;

/**
 * What identifies a manual and whom it concerns: number, title, kind, and the staff who must be trained on each
 * approved version — by role, by qualification, or both.
 */
public record ManualData(
        String number, String title, ManualKind kind, Set<Role> trainingRoles, Qualification trainingQualification) {}
