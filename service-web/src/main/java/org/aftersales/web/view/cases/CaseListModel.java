package org.aftersales.web.view.cases;

import java.util.List;
import java.util.Map;
import org.aftersales.servicecase.CaseCount;
import org.aftersales.servicecase.CaseFilter;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The case list's lazy table (scale issue): PrimeFaces asks for the count, then for the page, in one request; the count
 * is made once ({@link ServiceCaseService#count}) and the page reuses it, so a page switch, a sort or a filter costs
 * the credential check, the count, the page's ids and its cases — four statements at any size. The count stops
 * {@link ServiceCaseService#COUNT_CAP} rows beyond the furthest page shown; past it the table says "at least"
 * ({@link #isTotalExact()}), and walking further counts further.
 */
public class CaseListModel extends LazyDataModel<ServiceCase> {

    private static final long serialVersionUID = 1L;

    /** The service (not serializable: the backing bean's transient proxy) and the filters, read at each request. */
    public interface Source extends java.io.Serializable {
        ServiceCaseService cases();

        CaseFilter filter();
    }

    private final Source source;
    private transient CaseCount count;
    private int furthestFirst;
    private boolean totalExact = true;

    CaseListModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        count = source.cases()
                .count(source.filter(), PageRequest.first(1), ServiceCaseService.COUNT_CAP + furthestFirst);
        totalExact = count.exact();
        return (int) Math.min(Integer.MAX_VALUE, count.total());
    }

    @Override
    public List<ServiceCase> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        CaseCount counted = count != null
                ? count
                : source.cases().count(source.filter(), request, ServiceCaseService.COUNT_CAP + first);
        count = null;
        furthestFirst = Math.max(furthestFirst, first);
        Page<ServiceCase> page = source.cases().page(source.filter(), request, counted);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        totalExact = page.totalExact();
        return page.items();
    }

    /** Whether the total shown is the exact number of matching cases, or a lower bound. */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public String getRowKey(ServiceCase row) {
        return String.valueOf(row.getId());
    }
}
