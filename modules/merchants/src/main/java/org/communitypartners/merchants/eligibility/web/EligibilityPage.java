package org.communitypartners.merchants.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.application.EligibilityRegister;
import org.communitypartners.merchants.eligibility.application.EligibilityRegister.ResidentDraft;
import org.communitypartners.merchants.eligibility.application.EligibilityViews.ResidentView;
import org.communitypartners.merchants.eligibility.application.EligibilityViews.RevealedResident;
import org.communitypartners.merchants.eligibility.application.IssuedCode;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * Community staff keep residents' eligibility for benefits: the list (masked), registering a
 * resident, consent, eligibility records, an audited reveal with a purpose, and a one-time code
 * with its QR image to hand over.
 */
@Named("eligibilityPage")
@ViewScoped
public class EligibilityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EligibilityRegister register;
    @Inject
    Feedback feedback;

    private final PagedList<ResidentView> residents = new PagedList<>(new ResidentSource(), ResidentView::id);

    private ResidentView selected;
    private RevealedResident revealed;
    private IssuedCode issued;
    private String qr;
    private boolean registering;

    private Long communityId;
    private String name;
    private String idNumber;
    private String mobile;

    private EligibilityCategory category;
    private String evidence;
    private LocalDate validUntil;
    private String purpose;

    public void select(long id) {
        clearShown();
        try {
            selected = register.get(id);
        } catch (NotFoundInScope unknown) {
            selected = null;
            feedback.info("common.notFound");
        }
    }

    public void prepareRegister() {
        clearShown();
        selected = null;
        registering = true;
        communityId = null;
        name = null;
        idNumber = null;
        mobile = null;
    }

    public void saveResident() {
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            selected = register.register(new ResidentDraft(communityId, name, idNumber, mobile));
            registering = false;
            idNumber = null;
            mobile = null;
        }, "eligibility.saved");
    }

    public void recordConsent(boolean given) {
        ResidentView resident = selected;
        feedback.attemptIn(MerchantsModule.BUNDLE,
                () -> selected = register.recordConsent(resident.id(), resident.version(), given), "eligibility.saved");
    }

    public void addGrant() {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            selected = register.addGrant(id, category, evidence, validUntil);
            category = null;
            evidence = null;
            validUntil = null;
            revealed = null;
        }, "eligibility.saved");
    }

    public void revokeGrant(long grantId) {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            selected = register.revokeGrant(id, grantId);
            revealed = null;
        }, "eligibility.saved");
    }

    public void reveal() {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            revealed = register.reveal(id, purpose);
            purpose = null;
        }, null);
    }

    public void hide() {
        revealed = null;
    }

    public void issueCode() {
        long id = selected.id();
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            issued = register.issueCode(id);
            qr = QrImages.pngDataUri(issued.code());
        }, null);
    }

    private void clearShown() {
        revealed = null;
        issued = null;
        qr = null;
        registering = false;
    }

    public List<OrgUnitView> getCommunities() {
        return register.communityChoices();
    }

    public List<EligibilityCategory> getCategories() {
        return List.of(EligibilityCategory.values());
    }

    public PagedList<ResidentView> getResidents() {
        return residents;
    }

    private final class ResidentSource implements PagedList.Source<ResidentView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return register.count(null, text(filters));
        }

        @Override
        public List<ResidentView> page(Map<String, Object> filters, PageRequest page) {
            return register.list(null, text(filters), page.first(), page.size());
        }

        private String text(Map<String, Object> filters) {
            Object value = filters.get("globalFilter");
            return value == null ? null : value.toString();
        }
    }

    public ResidentView getSelected() {
        return selected;
    }

    public RevealedResident getRevealed() {
        return revealed;
    }

    public IssuedCode getIssued() {
        return issued;
    }

    public Instant getIssuedExpiresAt() {
        return issued == null ? null : issued.expiresAt();
    }

    public String getQr() {
        return qr;
    }

    public boolean isRegistering() {
        return registering;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public EligibilityCategory getCategory() {
        return category;
    }

    public void setCategory(EligibilityCategory category) {
        this.category = category;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
