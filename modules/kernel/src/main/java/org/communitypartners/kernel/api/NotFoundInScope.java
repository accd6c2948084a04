package org.communitypartners.kernel.api;

import jakarta.ejb.ApplicationException;

/**
 * The row does not exist for this caller: it is missing, outside the caller's subtree, or
 * belongs to a switched-off module. Answered as 404 everywhere, so an id of another
 * subdistrict reveals nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundInScope extends RuntimeException {
    public NotFoundInScope(String targetType, Object targetId) {
        super(targetType + " " + targetId);
    }
}
