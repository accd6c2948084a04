package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.communitypartners.kernel.api.SignedInUser;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.application.KernelSettings;
import org.communitypartners.kernel.application.PasswordChange;
import org.communitypartners.kernel.domain.PasswordPolicy;

/** Changing one's own password, also the forced change after a one-time password. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    PasswordChange passwordChange;
    @Inject
    KernelSettings settings;
    @Inject
    Feedback feedback;
    @Inject
    SignedInUser accounts;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String currentPassword;
    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String newPassword;
    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String repeatedPassword;

    public void change() throws IOException {
        if (!newPassword.equals(repeatedPassword)) {
            feedback.error("password.mismatch");
            return;
        }
        if (feedback.attempt(() -> passwordChange.change(currentPassword, newPassword), null)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getSessionMap().remove(PasswordChangeGate.MUST_CHANGE);
            // This session chose the new password, so it stays signed in; others end.
            external.getSessionMap().put(SignedInUser.CREDENTIAL_ATTRIBUTE,
                    accounts.credentialStamp(external.getUserPrincipal().getName()));
            external.getFlash().setKeepMessages(true);
            feedback.info("password.changed");
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    public boolean isForced() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(PasswordChangeGate.MUST_CHANGE));
    }

    public int getMinLength() {
        return settings.passwordPolicy().minLength();
    }

    public int getMinClasses() {
        return settings.passwordPolicy().minClasses();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
