package org.aftersales.servicecase;

import java.time.LocalDate;
import java.util.Collection;
import org.aftersales.contract.ServiceContract;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;

/**
 * The on-site arrival limit in hours (R-S5; 第三章2(2): "72小时内到达现场(如合同另有规定,则按合同相关规定执行)"): the
 * arrival hours of the service contract in force on the day on-site work is confirmed and covering the equipment —
 * the shortest where several are — else the policy's arrival hours. A contract in force without its own limit counts
 * with the policy's.
 */
public final class ArrivalLimit {

    private ArrivalLimit() {}

    public static int hours(
            Project project,
            EquipmentItem itemOrNull,
            LocalDate day,
            Collection<ServiceContract> contracts,
            int policyArrivalHours) {
        if (contracts == null) {
            return policyArrivalHours;
        }
        return contracts.stream()
                .filter(contract -> ServiceClassifier.sameProject(contract, project))
                .filter(contract -> contract.coversOn(day, itemOrNull))
                .mapToInt(contract -> contract.arrivalHoursOr(policyArrivalHours))
                .min()
                .orElse(policyArrivalHours);
    }
}
