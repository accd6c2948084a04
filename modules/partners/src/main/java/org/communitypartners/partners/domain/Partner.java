package org.communitypartners.partners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;

/**
 * A community partner: who it is, where it registered (its home unit, which decides who sees
 * it) and which communities it serves. Its status moves only through {@link PartnerLifecycle}.
 */
@Entity
@Table(name = "partner")
public class Partner {
    public static final int NAME_LENGTH = 100;
    public static final int CONTACT_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The code people quote, e.g. P-2026-000012; given once the id is known. */
    @Column(unique = true, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PartnerKind kind;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "credit_code", unique = true, length = UnifiedSocialCreditCode.LENGTH)
    private String creditCode;

    @Column(name = "contact_name", nullable = false, length = CONTACT_LENGTH)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = PhoneNumber.MAX_LENGTH)
    private String contactPhone;

    @Column(name = "home_unit_id", nullable = false)
    private long homeUnitId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_community", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "community_id", nullable = false)
    private Set<Long> servedCommunityIds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartnerStatus status = PartnerStatus.APPLIED;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(PartnerKind kind, String name, UnifiedSocialCreditCode creditCode, String contactName,
                   PhoneNumber contactPhone, long homeUnitId, Set<Long> servedCommunityIds, Instant appliedAt) {
        if (kind == null) {
            throw violation("partner.kindRequired");
        }
        if (creditCode == null && (kind == PartnerKind.PROPERTY_COMPANY || kind == PartnerKind.MERCHANT)) {
            throw violation("partner.creditCodeRequired");
        }
        this.kind = kind;
        this.creditCode = creditCode == null ? null : creditCode.value();
        this.homeUnitId = homeUnitId;
        this.appliedAt = appliedAt;
        describe(name, contactName, contactPhone);
        serve(servedCommunityIds);
    }

    public void describe(String newName, String newContactName, PhoneNumber newContactPhone) {
        name = text(newName, NAME_LENGTH, "partner.nameRequired");
        contactName = text(newContactName, CONTACT_LENGTH, "partner.contactRequired");
        if (newContactPhone == null) {
            throw violation("partner.contactRequired", CONTACT_LENGTH);
        }
        contactPhone = newContactPhone.value();
    }

    public void serve(Set<Long> communityIds) {
        if (communityIds == null || communityIds.isEmpty()) {
            throw violation("partner.communitiesRequired");
        }
        servedCommunityIds = new TreeSet<>(communityIds);
    }

    /** Takes a lifecycle step; returns the status it left. */
    public PartnerStatus take(PartnerLifecycle step, Set<String> callerRoles, String reason) {
        PartnerStatus before = status;
        status = step.apply(status, callerRoles, reason);
        return before;
    }

    /** Gives the code once the database has given the id: P-year-id. */
    public void number(ZoneId zone) {
        code = String.format("P-%d-%06d", appliedAt.atZone(zone).getYear(), id);
    }

    private static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw violation(key, max);
        }
        return value.strip();
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PartnersModule.BUNDLE, key, arguments);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getContactName() {
        return contactName;
    }

    public PhoneNumber getContactPhone() {
        return new PhoneNumber(contactPhone);
    }

    public long getHomeUnitId() {
        return homeUnitId;
    }

    public Set<Long> getServedCommunityIds() {
        return Set.copyOf(servedCommunityIds);
    }

    public PartnerStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public long getVersion() {
        return version;
    }
}
