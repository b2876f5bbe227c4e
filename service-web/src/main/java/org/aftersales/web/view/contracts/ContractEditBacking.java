package org.aftersales.web.view.contracts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractData;
import org.aftersales.contract.ServiceContractKind;
import org.aftersales.contract.ServiceContractService;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.Pages;

/**
 * contracts/edit.xhtml: enter or change a maintenance contract or technical-support agreement (R-L4) — its project
 * (fixed once saved), period, covered equipment items (none: the whole project) and its own on-site arrival limit,
 * which overrides the policy default (R-S5).
 */
@Named
@ViewScoped
public class ContractEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    /** More items than a contract could sensibly list one by one: the form offers the first ones by tag. */
    private static final int MAX_ITEMS = PageRequest.MAX_SIZE;

    @Inject
    transient ServiceContractService contracts;

    @Inject
    transient ProjectService projects;

    @Inject
    transient EquipmentService equipment;

    @Inject
    transient PolicyService policy;

    @Inject
    transient Caller caller;

    private Long id;
    private Long projectParam;
    private long version;
    private Choice project;
    private ServiceContractKind kind;
    private String number;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Integer arrivalHours;
    private List<Long> equipmentItemIds = new ArrayList<>();
    private List<Choice> itemChoices = List.of();
    private int defaultArrivalHours;
    private final ChoiceConverter projectChoices = new ChoiceConverter();

    /** Called by f:viewAction: the contract named in the URL, or a new one (for {@code ?project=ID} if given). */
    public void load() {
        if (!caller.may(Permission.CONTRACT_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null && !isEditable()) {
            Pages.sendError(403);
            return;
        }
        defaultArrivalHours = policy.currentWhole(PolicyKey.ARRIVAL_HOURS);
        if (id != null) {
            show(contracts.find(id));
        } else if (projectParam != null) {
            project = projectChoices.remember(choiceOf(projects.find(projectParam)));
            loadItemChoices();
        }
    }

    private void show(ServiceContract contract) {
        id = contract.getId();
        version = contract.getVersion();
        project = projectChoices.remember(choiceOf(contract.getProject()));
        kind = contract.getKind();
        number = contract.getNumber();
        validFrom = contract.getValidFrom();
        validTo = contract.getValidTo();
        arrivalHours = contract.getArrivalHours();
        equipmentItemIds = new ArrayList<>(contract.getCoveredItems().stream()
                .map(EquipmentItem::getId)
                .sorted()
                .toList());
        loadItemChoices();
    }

    /** A new project offers its own equipment items; items of the previous one no longer apply. */
    public void projectChosen() {
        equipmentItemIds = new ArrayList<>();
        loadItemChoices();
    }

    private void loadItemChoices() {
        itemChoices = project == null
                ? List.of()
                : equipment.list(project.id(), null, PageRequest.first(MAX_ITEMS)).items().stream()
                        .map(item -> new Choice(item.getId(), item.getTag() + " " + item.getName()))
                        .toList();
    }

    public void save() {
        if (project == null) {
            throw new BusinessException("projectId", "contract.error.projectRequired");
        }
        ServiceContractData data = new ServiceContractData(
                project.id(), kind, number, validFrom, validTo, arrivalHours, new HashSet<>(equipmentItemIds));
        boolean created = id == null;
        ServiceContract saved = created ? contracts.create(data) : contracts.update(id, version, data);
        Pages.infoAfterRedirect("contract.saved", saved.getNumber());
        Pages.redirect("/contracts/edit.xhtml?id=" + saved.getId());
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(ContractEditBacking::choiceOf)
                        .toList());
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    public boolean isEditable() {
        return caller.may(Permission.CONTRACT_EDIT);
    }

    public boolean isNew() {
        return id == null;
    }

    public ServiceContractKind[] getKinds() {
        return ServiceContractKind.values();
    }

    public List<Choice> getItemChoices() {
        return itemChoices;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public int getDefaultArrivalHours() {
        return defaultArrivalHours;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getProjectParam() {
        return projectParam;
    }

    public void setProjectParam(Long projectParam) {
        this.projectParam = projectParam;
    }

    public Choice getProject() {
        return project;
    }

    public void setProject(Choice project) {
        this.project = project;
    }

    public ServiceContractKind getKind() {
        return kind;
    }

    public void setKind(ServiceContractKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Integer getArrivalHours() {
        return arrivalHours;
    }

    public void setArrivalHours(Integer arrivalHours) {
        this.arrivalHours = arrivalHours;
    }

    public List<Long> getEquipmentItemIds() {
        return equipmentItemIds;
    }

    public void setEquipmentItemIds(List<Long> equipmentItemIds) {
        this.equipmentItemIds = equipmentItemIds == null ? new ArrayList<>() : equipmentItemIds;
    }
}
