package org.communitypartners.kernel.infrastructure;

import jakarta.persistence.TypedQuery;
import org.communitypartners.kernel.api.PageRequest;

/** Small helpers for lazy lists: sort fields from a whitelist, paging pushed to the database. */
final class JpaQueries {

    private JpaQueries() {
    }

    static <T> TypedQuery<T> paged(TypedQuery<T> query, PageRequest page) {
        return query.setFirstResult(page.first()).setMaxResults(page.size());
    }

    /** A LIKE pattern for "contains", with the user's wildcards escaped. */
    static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
