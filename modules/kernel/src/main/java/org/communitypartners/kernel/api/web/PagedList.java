package org.communitypartners.kernel.api.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks.SerializableFunction;

/**
 * A lazy table model whose counting, paging, sorting and filtering all happen in the database
 * (through a use case), never over a whole table in memory.
 */
public class PagedList<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Where the rows come from; filters arrive as column → value. */
    public interface Source<T> extends Serializable {
        long count(Map<String, Object> filters);

        List<T> page(Map<String, Object> filters, PageRequest page);
    }

    private final Source<T> source;
    private final SerializableFunction<T, Object> rowKey;

    public PagedList(Source<T> source, SerializableFunction<T, Object> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count(values(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest page = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder().isAscending());
        return source.page(values(filterBy), page);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(key)).findFirst().orElse(null);
    }

    private static Map<String, Object> values(Map<String, FilterMeta> filterBy) {
        Map<String, Object> values = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !(value instanceof String s && s.isBlank())) {
                values.put(field, value);
            }
        });
        return values;
    }
}
