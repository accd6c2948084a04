package org.communitypartners.property.votes.domain;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;

/** Broken rules of owner votes, worded in the property module's bundle. */
final class VoteRules {
    private VoteRules() {
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }
}
