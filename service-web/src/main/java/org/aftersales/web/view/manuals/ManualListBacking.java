package org.aftersales.web.view.manuals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.manual.Manual;
import org.aftersales.manual.ManualData;
import org.aftersales.manual.ManualKind;
import org.aftersales.manual.ManualService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/** manuals/list.xhtml: the company's controlled manuals (R-K1, R-K2), and the dialog that registers one. */
@Named
@ViewScoped
public class ManualListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManualService manuals;

    @Inject
    transient Caller caller;

    private String text;
    private ManualKind kind;
    private String number;
    private String title;
    private ManualKind newKind;
    private List<Role> trainingRoles = new ArrayList<>();
    private Qualification trainingQualification;

    private final PagedModel<Manual> list = new PagedModel<>(request -> manuals.list(text, kind, request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.MANUAL_VIEW)) {
            Pages.sendError(403);
        }
    }

    public void startNew() {
        number = null;
        title = null;
        newKind = ManualKind.COMMISSIONING_MANUAL;
        trainingRoles = new ArrayList<>(List.of(Role.AFTER_SALES_ENGINEER));
        trainingQualification = null;
    }

    public void save() {
        Manual created = manuals.create(new ManualData(
                number,
                title,
                newKind,
                trainingRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(trainingRoles),
                trainingQualification));
        Pages.infoAfterRedirect("manual.saved", created.getNumber());
        Pages.redirect("/manuals/manual.xhtml?id=" + created.getId());
    }

    public boolean isEditable() {
        return caller.may(Permission.MANUAL_EDIT);
    }

    public PagedModel<Manual> getList() {
        return list;
    }

    public ManualKind[] getKinds() {
        return ManualKind.values();
    }

    /** The roles a manual may concern: the staff roles, not the API account. */
    public List<Role> getRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(r -> r != Role.INTEGRATION && r != Role.ADMIN)
                .toList();
    }

    public Qualification[] getQualifications() {
        return Qualification.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ManualKind getKind() {
        return kind;
    }

    public void setKind(ManualKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ManualKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ManualKind newKind) {
        this.newKind = newKind;
    }

    public List<Role> getTrainingRoles() {
        return trainingRoles;
    }

    public void setTrainingRoles(List<Role> trainingRoles) {
        this.trainingRoles = trainingRoles;
    }

    public Qualification getTrainingQualification() {
        return trainingQualification;
    }

    public void setTrainingQualification(Qualification trainingQualification) {
        this.trainingQualification = trainingQualification;
    }
}
