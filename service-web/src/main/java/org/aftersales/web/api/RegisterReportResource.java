package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.aftersales.document.FileNames;
import org.aftersales.retention.RetentionService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.i18n.Messages;
import org.aftersales.web.registers.RetentionRegisters;

/**
 * The retention registers as Excel workbooks (R-O3), headers in the language of {@code Accept-Language} (Chinese
 * unless English is asked for). The permission is checked before the first byte is sent, so a refused caller gets a
 * proper 403 rather than a broken download.
 */
@Path("reports")
@RequestScoped
public class RegisterReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RetentionRegisters registers;

    @Inject
    RetentionService retentions;

    @Inject
    Caller caller;

    @GET
    @Path("subcontractor-retention.xlsx")
    @Produces(XLSX)
    public Response subcontractorRetention(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        caller.require(Permission.RETENTION_VIEW);
        Locale locale = locale(language);
        StreamingOutput body = out -> registers.writeSubcontractorRegister(out, locale);
        return download(body, RetentionRegisters.SUBCONTRACTOR_FILE);
    }

    @GET
    @Path("project-retention.xlsx")
    @Produces(XLSX)
    public Response projectRetention(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        caller.require(Permission.RETENTION_VIEW);
        Locale locale = locale(language);
        StreamingOutput body = out -> registers.writeProjectRegister(out, locale, retentions.today());
        return download(body, RetentionRegisters.PROJECT_FILE);
    }

    static Response download(StreamingOutput body, String fileName) {
        return Response.ok(body, XLSX)
                .header("Content-Disposition", FileNames.contentDisposition("attachment", fileName))
                .build();
    }

    private static Locale locale(String acceptLanguage) {
        return Messages.supported(
                acceptLanguage == null || acceptLanguage.isBlank()
                        ? null
                        : Locale.forLanguageTag(acceptLanguage.split("[,;]")[0].strip()));
    }
}
