package org.communitypartners.merchants.eligibility.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/** What staff screens show of residents' eligibility: masked by default, in full only when revealed. */
public final class EligibilityViews {

    private EligibilityViews() {
    }

    /** A resident as listed: ID number and phone masked, the categories not named. */
    public record ResidentView(long id, long version, String name, long communityId, String communityName,
                               String idNumberMasked, String phoneMasked, boolean consentGiven,
                               String consentRecordedBy, Instant consentRecordedAt, List<GrantView> grants) {

        public long validGrants() {
            return grants.stream().filter(GrantView::valid).count();
        }
    }

    /** One eligibility record, its category withheld until revealed. */
    public record GrantView(long id, LocalDate validUntil, boolean valid, boolean revoked, String recordedBy) {
    }

    /** Everything a reveal shows, after it has been audited with its purpose. */
    public record RevealedResident(long residentId, String idNumber, List<RevealedGrant> grants) {
    }

    public record RevealedGrant(long grantId, EligibilityCategory category, String evidence, LocalDate validUntil,
                                boolean valid) {
    }
}
