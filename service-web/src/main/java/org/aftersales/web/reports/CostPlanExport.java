package org.aftersales.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.aftersales.costplan.CostPlanService;
import org.aftersales.costplan.CostPlanSummary;
import org.aftersales.reports.CostPlanWorkbook;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.NotFoundException;
import org.aftersales.web.i18n.Messages;

/**
 * The 售后服务费用计划书 of one project as an .xlsx (R-C1, R-O3), in the user's language, for the page's download button
 * and the API alike. The workbook is small (one row per cost category), so it is built in memory.
 */
@ApplicationScoped
public class CostPlanExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CostPlanService plans;

    @Inject
    AftersalesConfig config;

    /** A file name and its content. */
    public record Export(String fileName, byte[] content) {}

    public Export export(long projectId, Locale locale) {
        CostPlanSummary plan = plans.summary(projectId).orElseThrow(() -> new NotFoundException("costPlan", projectId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CostPlanWorkbook.write(plan, key -> Messages.text(locale, key), config.zone(), out);
        return new Export(Messages.text(locale, "costPlan.workbook.fileName", plan.projectCode()), out.toByteArray());
    }
}
