package org.communitypartners.merchants.eligibility.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.BenefitCode;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.eligibility.domain.EligibilityGrant;
import org.communitypartners.merchants.eligibility.domain.EligibilityKey;
import org.communitypartners.merchants.eligibility.domain.EligibilityRepository;
import org.communitypartners.merchants.eligibility.domain.EligibleResident;
import org.communitypartners.merchants.eligibility.domain.ResidentIdentity;
import org.communitypartners.merchants.eligibility.domain.TierPrices;

/**
 * One-time benefit codes: issued for a resident with a valid, consented eligibility, and used
 * at a till for something priced per category (a benefit offer, a subsidised meal). Whoever
 * calls {@link #consume} must already have checked that the caller may sell the thing priced.
 */
@Stateless
public class BenefitCodes {
    static final String CODE = "BenefitCode";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Tries at a free six-digit code; with a million codes and a handful live, the first nearly always is. */
    private static final int DRAWS = 20;

    @Inject
    EligibilityRepository eligibility;
    @Inject
    @EligibilityKey
    FieldCipher cipher;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * Uses the code for something priced per category, in the caller's transaction. The code
     * row is locked, so two tills cannot both use it. When the resident holds no category the
     * prices name (or the code is unknown, used or expired) the answer is "not eligible" and the
     * code stays usable.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
    public BenefitUse consume(long subdistrictId, String code, TierPrices prices) {
        String digits = code == null ? "" : code.strip();
        if (!BenefitCode.isWellFormed(digits)) {
            return BenefitUse.notEligible();
        }
        Instant now = clock.instant();
        List<BenefitCode> codes = eligibility.lockUsableCodes(subdistrictId, digits, now);
        if (codes.size() != 1) {
            audit.record("eligibility.code.consume", CODE, digits.substring(0, 2) + "****", AuditResult.DENIED,
                    codes.isEmpty() ? "unknown, used or expired" : "ambiguous");
            return BenefitUse.notEligible();
        }
        BenefitCode found = codes.get(0);
        Optional<TierPrices.Choice> choice = prices.cheapestFor(heldCategories(found.getResidentId(), now));
        if (choice.isEmpty()) {
            audit.record("eligibility.code.consume", CODE, found.getId(), AuditResult.DENIED, "not eligible");
            return BenefitUse.notEligible();
        }
        found.consume(now);
        audit.success("eligibility.code.consume", CODE, found.getId(), "used");
        return new BenefitUse(found.getId(), true, choice.get().price(), choice.get().category());
    }

    /** A code for a resident, issued by community staff who see the resident; refused without a valid, consented eligibility. */
    @RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public IssuedCode issueFor(EligibleResident resident, String staff) {
        Instant now = clock.instant();
        if (heldCategories(resident.getId(), now).isEmpty()) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "eligibility.noValidConsented");
        }
        return issue(resident, staff, now);
    }

    /**
     * A code for whoever proves to be a registered resident of the subdistrict (ID number and the
     * registered mobile, matched through their keyed hashes). Unknown, unproven and not eligible
     * all answer empty alike, so the page cannot be used to learn who is registered.
     */
    @PermitAll
    public Optional<IssuedCode> issueForIdentity(String subdistrictCode, String idNumber, String mobile) {
        OrgUnitView subdistrict = directory.findByCode(subdistrictCode == null ? "" : subdistrictCode.strip())
                .filter(u -> u.level() == OrgLevel.SUBDISTRICT && u.active()
                        && gate.isEnabledAt(MerchantsModule.KEY, u.id()))
                .orElseThrow(() -> new RuleViolation(MerchantsModule.BUNDLE, "code.unknownPlace"));
        ResidentIdentity identity = new ResidentIdentity(idNumber, new PhoneNumber(mobile));
        Instant now = clock.instant();
        Optional<EligibleResident> resident = eligibility
                .residentByIdHash(subdistrict.id(), cipher.lookupHash(identity.idNumber()))
                .filter(r -> r.provenBy(identity, cipher))
                .filter(r -> !heldCategories(r.getId(), now).isEmpty());
        if (resident.isEmpty()) {
            audit.record("eligibility.code.public", "OrgUnit", subdistrict.id(), AuditResult.DENIED, identity.toString());
            return Optional.empty();
        }
        return Optional.of(issue(resident.get(), "public", now));
    }

    private IssuedCode issue(EligibleResident resident, String issuedBy, Instant now) {
        for (int draw = 0; draw < DRAWS; draw++) {
            String digits = BenefitCode.randomDigits();
            if (!eligibility.codeInUse(resident.getSubdistrictId(), digits, now)) {
                BenefitCode code = eligibility.add(new BenefitCode(resident.getSubdistrictId(), resident.getId(), digits,
                        issuedBy, now));
                audit.success("eligibility.code.issue", CODE, code.getId(), "resident " + resident.getId());
                return new IssuedCode(digits, code.getExpiresAt());
            }
        }
        throw new IllegalStateException("no free benefit code after " + DRAWS + " draws");
    }

    /** The categories the resident may use now: none without consent; only records valid today. */
    List<EligibilityCategory> heldCategories(long residentId, Instant now) {
        EligibleResident resident = eligibility.resident(residentId).orElse(null);
        if (resident == null || !resident.isConsentGiven()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        return eligibility.grants(residentId).stream().filter(g -> g.validOn(today))
                .map((EligibilityGrant g) -> g.category(cipher)).toList();
    }
}
