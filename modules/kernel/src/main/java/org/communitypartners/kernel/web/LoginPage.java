package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.SignedInUser;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.application.SignIn;
import org.communitypartners.kernel.domain.PasswordPolicy;
import org.communitypartners.kernel.domain.UserAccount;

/** The sign-in form: hands the credential to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;
    @Inject
    SignIn signIn;
    @Inject
    Feedback feedback;

    @NotBlank
    @Size(max = UserAccount.USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String name = username.strip().toLowerCase();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(name, password))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            explainRefusal(name);
            return;
        }
        // A fresh session id after sign-in, so a session fixed before it is worth nothing.
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        external.getSessionMap().put(PasswordChangeGate.MUST_CHANGE, signIn.mustChangePassword(name));
        Object asked = external.getSessionMap().remove(SignedInUser.RETURN_TO);
        external.redirect(external.getRequestContextPath() + (isLocalPath(asked) ? asked : "/index.xhtml"));
    }

    /** Only a path within this application, never "//host" or a URL: no open redirect. */
    static boolean isLocalPath(Object asked) {
        return asked instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
    }

    private void explainRefusal(String name) {
        signIn.lockedUntil(name).ifPresentOrElse(
                until -> feedback.error("login.locked",
                        Math.max(1, Duration.between(Instant.now(), until).toMinutes() + 1)),
                () -> feedback.error("login.failed"));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
