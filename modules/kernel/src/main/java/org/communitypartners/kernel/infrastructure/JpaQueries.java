package org.communitypartners.kernel.infrastructure;

import jakarta.persistence.TypedQuery;
import java.util.Map;
import org.communitypartners.kernel.api.PageRequest;

/** Small helpers for lazy lists: sort fields from a whitelist, paging pushed to the database. */
final class JpaQueries {

    private JpaQueries() {
    }

    /** An ORDER BY clause for the requested field if it is allowed, else the default; never user text. */
    static String orderBy(PageRequest page, Map<String, String> sortable, String defaultOrder) {
        String column = page.sortField() == null ? null : sortable.get(page.sortField());
        if (column == null) {
            return " ORDER BY " + defaultOrder;
        }
        return " ORDER BY " + column + (page.ascending() ? " ASC" : " DESC") + ", " + defaultOrder;
    }

    static <T> TypedQuery<T> paged(TypedQuery<T> query, PageRequest page) {
        return query.setFirstResult(page.first()).setMaxResults(page.size());
    }

    /** A LIKE pattern for "contains", with the user's wildcards escaped. */
    static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
