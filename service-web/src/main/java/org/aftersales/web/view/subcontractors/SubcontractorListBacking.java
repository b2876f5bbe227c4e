package org.aftersales.web.view.subcontractors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/** subcontractors/list.xhtml: all equipment subcontractors and suppliers (R-B1), company-wide master data. */
@Named
@ViewScoped
public class SubcontractorListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubcontractorService subcontractors;

    @Inject
    transient Caller caller;

    private String text;

    private final PagedModel<Subcontractor> list = new PagedModel<>(request -> subcontractors.list(text, request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.SUBCONTRACTOR_VIEW)) {
            Pages.sendError(403);
        }
    }

    public boolean isEditable() {
        return caller.may(Permission.SUBCONTRACTOR_EDIT);
    }

    public PagedModel<Subcontractor> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
