package org.aftersales.web.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@link PagedModel} for read models that are not entities (a row per project of a planner): the same paging and
 * sorting through a {@link PageRequest}, with the row key given by the caller.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The row key; serializable because the model lives in a view-scoped bean. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final PagedModel.Loader<T> loader;
    private final Key<T> key;
    private boolean totalExact = true;

    public PagedRows(PagedModel.Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> first = loader.load(PageRequest.first(1));
        totalExact = first.totalExact();
        return (int) first.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        Page<T> page = loader.load(request);
        setRowCount((int) page.total());
        totalExact = page.totalExact();
        return page.items();
    }

    /**
     * False when the last count stopped at its cap (a long list, scale issue 14): the row count is then a lower bound
     * and the page report says "at least".
     */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }
}
