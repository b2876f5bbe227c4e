package org.aftersales.servicecase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.aftersales.contract.ServiceContract;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Project;

/**
 * Classifies a call (R-L3), judged on the day it was received in the configured time zone — the caller turns the
 * received-at instant into that day, so this stays a pure function of its arguments:
 *
 * <ol>
 *   <li>before provisional handover (or none yet): {@link ServiceClass#CONSTRUCTION_PHASE};
 *   <li>provisional handover ≤ day &lt; formal handover (or no formal handover yet): {@link ServiceClass#HANDOVER_DEFECT};
 *   <li>formal handover ≤ day ≤ warranty end: {@link ServiceClass#WARRANTY}. The warranty end is the equipment
 *       item's ({@link EquipmentItem#warrantyEnd()}: its own months from completion acceptance, else the project's),
 *       for a call naming no item the project's (R-L1); both are the last day covered;
 *   <li>later: {@link ServiceClass#CONTRACT} when a service contract of the project is in force that day and covers
 *       the item (or, for a call naming no item, the whole project), else {@link ServiceClass#PAID}.
 * </ol>
 */
public final class ServiceClassifier {

    private ServiceClassifier() {}

    /**
     * @param itemOrNull the equipment item the call is about, if named; it must be an item of {@code project}
     * @param contracts the project's service contracts (others are ignored); any period, the day decides
     */
    public static ServiceClass classify(
            Project project, EquipmentItem itemOrNull, LocalDate day, Collection<ServiceContract> contracts) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(day, "day");
        HandoverDates dates = project.handoverDates();
        if (dates.provisionalHandoverDate() == null || day.isBefore(dates.provisionalHandoverDate())) {
            return ServiceClass.CONSTRUCTION_PHASE;
        }
        if (dates.formalHandoverDate() == null || day.isBefore(dates.formalHandoverDate())) {
            return ServiceClass.HANDOVER_DEFECT;
        }
        if (!day.isAfter(warrantyEnd(project, itemOrNull))) {
            return ServiceClass.WARRANTY;
        }
        boolean covered = contracts != null
                && contracts.stream()
                        .anyMatch(contract -> sameProject(contract, project) && contract.coversOn(day, itemOrNull));
        return covered ? ServiceClass.CONTRACT : ServiceClass.PAID;
    }

    /**
     * The last day of the warranty that applies: the item's ({@link EquipmentItem#warrantyEnd()}, the one rule R-L2
     * shares with the back-to-back gap), else the project's.
     */
    static LocalDate warrantyEnd(Project project, EquipmentItem itemOrNull) {
        return itemOrNull != null
                ? itemOrNull.warrantyEnd()
                : project.handoverDates().warrantyEnd();
    }

    static boolean sameProject(ServiceContract contract, Project project) {
        return contract.getProject() == project || project.equals(contract.getProject());
    }
}
