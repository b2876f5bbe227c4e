package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.servicecase.ComplaintHandoff;
import org.aftersales.servicecase.ComplaintSubject;
import org.aftersales.servicecase.HandoffTarget;
import org.aftersales.servicecase.OwnerUpdate;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.web.view.Pages;
import org.primefaces.PrimeFaces;

/**
 * Hand-offs on the case page (R-S10, 第四章第三条4: "受理的意见和投诉中涉及产品质量、使用功能和合理性的，应立即送设计部或设备分包商处理，
 * 售后服务人员跟踪处理情况，并及时与业主进行协调、沟通"): a feedback or complaint is handed off to the Design Department or
 * one of the project's subcontractors, each answer is recorded, and what was coordinated and communicated with the
 * owner is logged. The case refuses to close or be cancelled until answered ({@code ServiceCase}).
 */
@Named
@ViewScoped
public class CaseHandoffBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "handoff";

    @Inject
    transient ServiceCaseService cases;

    @Inject
    transient SubcontractorService subcontractors;

    @Inject
    transient Caller caller;

    @Inject
    CaseViewBacking view;

    private HandoffTarget target = HandoffTarget.DESIGN;
    private Long subcontractorId;
    private ComplaintSubject subject;
    private final Map<Long, String> answers = new HashMap<>();
    private String ownerUpdate;
    private List<Subcontractor> firms;

    private ServiceCase serviceCase() {
        return view.getServiceCase();
    }

    /** A feedback or a complaint: the panel shows (with its hand-offs, if any). */
    public boolean isShown() {
        return serviceCase().getType().isHandedOffWhenConcerned()
                || !serviceCase().getHandoffs().isEmpty();
    }

    /** After-sales staff hand off, record answers and owner updates while the case is open. */
    public boolean isWorking() {
        return caller.may(Permission.CASE_WORK) && serviceCase().getStatus().isOpen();
    }

    public List<ComplaintHandoff> getHandoffs() {
        return serviceCase().getHandoffs();
    }

    public List<OwnerUpdate> getOwnerUpdates() {
        return serviceCase().getOwnerUpdates();
    }

    public List<HandoffTarget> getTargets() {
        return Arrays.asList(HandoffTarget.values());
    }

    public List<ComplaintSubject> getSubjects() {
        return Arrays.asList(ComplaintSubject.values());
    }

    /** The firms registered on the case's project. */
    public List<Subcontractor> getFirms() {
        if (firms == null && !caller.may(Permission.SUBCONTRACTOR_VIEW)) {
            firms = List.of();
        }
        if (firms == null) {
            firms =
                    subcontractors
                            .listForProject(serviceCase().getProject().getId(), PageRequest.first(200))
                            .items()
                            .stream()
                            .map(registration -> registration.getSubcontractor())
                            .toList();
        }
        return firms;
    }

    public void handOff() {
        ComplaintHandoff done = CasePanels.attempt(
                FORM,
                () -> cases.handOffComplaint(
                        view.getId(),
                        target,
                        target == HandoffTarget.SUBCONTRACTOR ? subcontractorId : null,
                        subject,
                        null,
                        null));
        if (done != null) {
            refreshed();
            Pages.info(
                    "handoff.done",
                    serviceCase().getNumber(),
                    done.getTarget() == HandoffTarget.DESIGN
                            ? Pages.text("HandoffTarget.DESIGN")
                            : done.recipientName());
        }
    }

    public void answer(long handoffId) {
        ServiceCase done = CasePanels.attempt(
                FORM, () -> cases.recordHandoffAnswer(view.getId(), handoffId, answers.get(handoffId), null, null));
        if (done != null) {
            answers.remove(handoffId);
            view.refresh(done);
            PrimeFaces.current().ajax().update("case", "handoff");
            Pages.info("handoff.answered", done.getNumber());
        }
    }

    public void informOwner() {
        ServiceCase done =
                CasePanels.attempt(FORM, () -> cases.recordOwnerUpdate(view.getId(), ownerUpdate, null, null));
        if (done != null) {
            ownerUpdate = null;
            view.refresh(done);
            PrimeFaces.current().ajax().update("case", "handoff");
            Pages.info("handoff.ownerInformed", done.getNumber());
        }
    }

    private void refreshed() {
        view.refresh(cases.find(view.getId()));
        PrimeFaces.current().ajax().update("case", "handoff");
    }

    // ---- properties ----

    public HandoffTarget getTarget() {
        return target;
    }

    public void setTarget(HandoffTarget target) {
        this.target = target;
    }

    public Long getSubcontractorId() {
        return subcontractorId;
    }

    public void setSubcontractorId(Long subcontractorId) {
        this.subcontractorId = subcontractorId;
    }

    public ComplaintSubject getSubject() {
        return subject;
    }

    public void setSubject(ComplaintSubject subject) {
        this.subject = subject;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public String getOwnerUpdate() {
        return ownerUpdate;
    }

    public void setOwnerUpdate(String ownerUpdate) {
        this.ownerUpdate = ownerUpdate;
    }
}
