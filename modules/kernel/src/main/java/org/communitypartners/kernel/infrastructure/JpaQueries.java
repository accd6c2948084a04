package org.communitypartners.kernel.infrastructure;

import jakarta.persistence.TypedQuery;
import org.communitypartners.kernel.api.PageRequest;

/** Paging of lazy lists, pushed to the database. */
final class JpaQueries {

    private JpaQueries() {
    }

    static <T> TypedQuery<T> paged(TypedQuery<T> query, PageRequest page) {
        return query.setFirstResult(page.first()).setMaxResults(page.size());
    }
}
