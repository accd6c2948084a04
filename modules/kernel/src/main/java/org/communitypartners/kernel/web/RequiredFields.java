package org.communitypartners.kernel.web;

import org.communitypartners.kernel.api.RuleViolation;

/** A JSON body and its required fields must be there before a use case runs. */
final class RequiredFields {

    private RequiredFields() {
    }

    static void require(Object body, String field, Object value) {
        if (body == null || value == null) {
            throw RuleViolation.kernel("common.fieldRequired", field);
        }
    }
}
