package org.aftersales.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;

/**
 * A maintenance contract or technical-support agreement with a project's owner (合同服务, R-L4).
 *
 * <p>The regulation offers the owner, besides the free warranty, service under contract; while such a contract is in
 * force the service it covers is free contract service, not paid service (R-L3), also after the warranty. A contract
 * runs from {@code validFrom} to {@code validTo}, both days included, and covers either the whole project (no items
 * listed) or only the equipment items it lists — which must be items of the same project. The customer is the
 * project's owner.
 *
 * <p>A contract may set its own on-site arrival limit, which then overrides the 72 h default of the regulation
 * (R-S5): {@link #arrivalHoursOr(int)}.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract extends BaseEntity {

    public static final int NUMBER_LENGTH = 60;
    public static final int KIND_LENGTH = 30;
    public static final int MIN_ARRIVAL_HOURS = 1;
    /** 30 days: a longer arrival limit is no response term but a typing error. */
    public static final int MAX_ARRIVAL_HOURS = 720;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    /** The ERP's key of the contract (issue 17), set by the ERP's upsert; unique; null for contracts entered here. */
    @Column(name = "external_id", length = ExternalIds.LENGTH, unique = true)
    private String externalId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = KIND_LENGTH)
    private ServiceContractKind kind;

    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(name = "contract_number", nullable = false, unique = true, length = NUMBER_LENGTH)
    private String number;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** The last day in force (inclusive). */
    @NotNull
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    /** The contract's own on-site arrival limit; {@code null} keeps the policy default (R-S5). */
    @Column(name = "arrival_hours")
    private Integer arrivalHours;

    /** The items covered; empty means the whole project. */
    @ManyToMany
    @JoinTable(
            name = "service_contract_item",
            joinColumns = @JoinColumn(name = "service_contract_id"),
            inverseJoinColumns = @JoinColumn(name = "equipment_item_id"))
    private Set<EquipmentItem> coveredItems = new HashSet<>();

    protected ServiceContract() {}

    public ServiceContract(
            Project project, ServiceContractKind kind, String number, LocalDate validFrom, LocalDate validTo) {
        if (project == null) {
            throw new BusinessException("projectId", "contract.error.projectRequired");
        }
        this.project = project;
        describe(kind, number);
        runFromTo(validFrom, validTo);
    }

    public void describe(ServiceContractKind newKind, String newNumber) {
        if (newKind == null) {
            throw new BusinessException("kind", "contract.error.kindRequired");
        }
        String stripped = Inputs.stripToNull(newNumber);
        if (stripped == null) {
            throw new BusinessException("number", "contract.error.numberRequired");
        }
        this.kind = newKind;
        this.number = stripped;
    }

    /** Sets the period in force, both days included; it must not end before it starts. */
    public void runFromTo(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new BusinessException("validFrom", "contract.error.validFromRequired");
        }
        if (to == null) {
            throw new BusinessException("validTo", "contract.error.validToRequired");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("validTo", "contract.error.validToBeforeValidFrom", to, from);
        }
        this.validFrom = from;
        this.validTo = to;
    }

    /** Agrees the contract's own arrival limit in hours (1..720), or {@code null} for the policy default (R-S5). */
    public void agreeArrivalHours(Integer hours) {
        if (hours != null && (hours < MIN_ARRIVAL_HOURS || hours > MAX_ARRIVAL_HOURS)) {
            throw new BusinessException(
                    "arrivalHours", "contract.error.arrivalHours", MIN_ARRIVAL_HOURS, MAX_ARRIVAL_HOURS);
        }
        this.arrivalHours = hours;
    }

    /**
     * Sets the covered equipment items; an empty collection covers the whole project. Items of another project are
     * refused.
     */
    public void cover(Collection<EquipmentItem> items) {
        Set<EquipmentItem> newItems = new HashSet<>();
        if (items != null) {
            for (EquipmentItem item : items) {
                if (!belongsToProject(item)) {
                    throw new BusinessException(
                            "equipmentItemIds",
                            "contract.error.itemNotInProject",
                            item == null ? null : item.getTag(),
                            project.getCode());
                }
                newItems.add(item);
            }
        }
        coveredItems.retainAll(newItems);
        coveredItems.addAll(newItems);
    }

    private boolean belongsToProject(EquipmentItem item) {
        return item != null && (item.getProject() == project || project.equals(item.getProject()));
    }

    /** Whether the contract is in force on {@code day}: from {@code validFrom} to {@code validTo}, both included. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /**
     * Whether the contract covers a call on {@code day} about {@code itemOrNull}: it must be in force that day, and
     * cover the item — a contract without listed items covers every item of its project. A call naming no item is
     * covered only by a contract for the whole project, since a contract for listed items cannot be shown to apply;
     * the case can be reclassified once the item is known (R-L3).
     */
    public boolean coversOn(LocalDate day, EquipmentItem itemOrNull) {
        if (!isInForceOn(day)) {
            return false;
        }
        if (itemOrNull == null) {
            return coversWholeProject();
        }
        if (!belongsToProject(itemOrNull)) {
            return false;
        }
        return coversWholeProject() || coveredItems.contains(itemOrNull);
    }

    public boolean coversWholeProject() {
        return coveredItems.isEmpty();
    }

    /** The arrival limit for calls under this contract: its own, else {@code policyDefaultHours} (R-S5). */
    public int arrivalHoursOr(int policyDefaultHours) {
        return arrivalHours != null ? arrivalHours : policyDefaultHours;
    }

    /** Ties the contract to the ERP's key (issue 17); a contract keeps the key it got first. */
    void linkExternalId(String key) {
        if (externalId != null && !externalId.equals(key)) {
            throw new BusinessException("externalId", "contract.error.externalIdImmutable", externalId);
        }
        externalId = key;
    }

    public Project getProject() {
        return project;
    }

    public String getExternalId() {
        return externalId;
    }

    public ServiceContractKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Integer getArrivalHours() {
        return arrivalHours;
    }

    public Set<EquipmentItem> getCoveredItems() {
        return Collections.unmodifiableSet(coveredItems);
    }
}
