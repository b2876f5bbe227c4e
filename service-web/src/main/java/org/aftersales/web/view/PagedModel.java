package org.aftersales.web.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model over a service's paged list: the table's page and its sort column (the column's {@code field},
 * which the service maps to a database column) become a {@link PageRequest}, so paging and sorting happen in the
 * database. Filters are the backing bean's own inputs, read by its {@link Loader}.
 */
public class PagedModel<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; serializable because the model lives in a view-scoped bean. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest request);
    }

    private final Loader<T> loader;

    public PagedModel(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(PageRequest.first(1)).total();
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
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }
}
