package org.aftersales.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * cases/print.xhtml?id=ID&amp;doc=report|ticket: the service report (服务报告单) or the repair dispatch ticket (维修派工单)
 * of a case as an A4 page to print, sign and stamp (R-S8).
 */
@Named
@RequestScoped
public class CasePrintBacking {

    @Inject
    ServiceCaseService cases;

    @Inject
    Caller caller;

    private Long id;
    private String doc;
    private ServiceCase serviceCase;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.CASE_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        serviceCase = cases.find(id);
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    /** Whether the ticket is printed; the report otherwise. */
    public boolean isTicket() {
        return "ticket".equals(doc);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDoc() {
        return doc;
    }

    public void setDoc(String doc) {
        this.doc = doc;
    }
}
