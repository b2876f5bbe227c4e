package org.aftersales.web.view.subcontractors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorData;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.web.view.Pages;

/** subcontractors/edit.xhtml: enter or change an equipment subcontractor or supplier and whom to call there (R-B1). */
@Named
@ViewScoped
public class SubcontractorEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubcontractorService subcontractors;

    @Inject
    transient Caller caller;

    private Long id;
    private long version;
    private String name;
    private SubcontractorKind kind;
    private String contactPerson;
    private String phone;
    private String email;
    private String address;

    /** Called by f:viewAction: the firm named in the URL, or a new one. */
    public void load() {
        if (!caller.may(Permission.SUBCONTRACTOR_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            if (!isEditable()) {
                Pages.sendError(403);
            }
            return;
        }
        Subcontractor firm = subcontractors.find(id);
        version = firm.getVersion();
        name = firm.getName();
        kind = firm.getKind();
        contactPerson = firm.getContactPerson();
        phone = firm.getPhone();
        email = firm.getEmail();
        address = firm.getAddress();
    }

    public void save() {
        SubcontractorData data = new SubcontractorData(name, kind, contactPerson, phone, email, address);
        Subcontractor saved = id == null ? subcontractors.create(data) : subcontractors.update(id, version, data);
        Pages.infoAfterRedirect("subcontractor.saved", saved.getName());
        Pages.redirect("/subcontractors/edit.xhtml?id=" + saved.getId());
    }

    public boolean isEditable() {
        return caller.may(Permission.SUBCONTRACTOR_EDIT);
    }

    public boolean isNew() {
        return id == null;
    }

    public SubcontractorKind[] getKinds() {
        return SubcontractorKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SubcontractorKind getKind() {
        return kind;
    }

    public void setKind(SubcontractorKind kind) {
        this.kind = kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
