package org.aftersales.web.view.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.SignatureImage;
import org.aftersales.servicecase.SignedDocument;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * {@code /cases/signature?id=ID&doc=report|ticket}: the stored signature — drawn PNG or stamped scan — of a signed
 * service report or dispatch ticket (R-S8), for the case page and the print view. A role that may not see cases gets
 * 403; a case the caller may not see, or a document not signed yet, 404 (the service checks the record).
 */
@WebServlet("/cases/signature")
public class CaseSignatureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OnSiteService onSite;

    @Inject
    transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!caller.may(Permission.CASE_VIEW)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException noId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SignedDocument document = switch (String.valueOf(request.getParameter("doc"))) {
            case "report" -> SignedDocument.SERVICE_REPORT;
            case "ticket" -> SignedDocument.DISPATCH_TICKET;
            default -> null;
        };
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SignatureImage image;
        try {
            image = onSite.signature(id, document);
        } catch (NotFoundException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] data = image.getData();
        response.setContentType(image.getContentType());
        response.setContentLength(data.length);
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(data);
    }
}
