package org.communitypartners.merchants.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.application.BenefitCodes;
import org.communitypartners.merchants.eligibility.application.IssuedCode;

/**
 * A resident gets a one-time benefit code on their phone ({@code /benefits/code.xhtml?s=<subdistrict
 * code>}) by typing their ID number and the mobile number community staff registered. Unknown and
 * not eligible answer alike; the page keeps nothing it was typed once the code is shown.
 */
@Named("benefitCodePage")
@ViewScoped
public class PublicCodePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BenefitCodes codes;
    @Inject
    PublicBenefitLimits limits;
    @Inject
    Feedback feedback;

    private String subdistrict;
    private String idNumber;
    private String mobile;
    private IssuedCode issued;
    private String qr;
    private boolean refused;

    public void request() {
        issued = null;
        qr = null;
        refused = false;
        feedback.attemptIn(MerchantsModule.BUNDLE, () -> {
            limits.codeRequest();
            codes.issueForIdentity(subdistrict, idNumber, mobile).ifPresentOrElse(code -> {
                issued = code;
                qr = QrImages.pngDataUri(code.code());
            }, () -> refused = true);
        }, null);
        idNumber = null;
        mobile = null;
    }

    public IssuedCode getIssued() {
        return issued;
    }

    public Instant getExpiresAt() {
        return issued == null ? null : issued.expiresAt();
    }

    public String getQr() {
        return qr;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getSubdistrict() {
        return subdistrict;
    }

    public void setSubdistrict(String subdistrict) {
        this.subdistrict = subdistrict;
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
}
