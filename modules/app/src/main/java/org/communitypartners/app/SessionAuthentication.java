package org.communitypartners.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.SignedInUser;

/**
 * Sign-in through the JSF sign-in page, kept in the HTTP session as just the user name and a
 * fingerprint of the password it used. On every request the account's current roles are read
 * again, so a role change, a deactivation or a password reset applies at once, and any server of
 * a cluster can serve the session (it holds only strings).
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    SignedInUser accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SignedInUser.SESSION_ATTRIBUTE);
        if (username instanceof String name && !isStaticResource(request)) {
            Object stamp = session.getAttribute(SignedInUser.CREDENTIAL_ATTRIBUTE);
            Optional<Set<String>> roles = accounts.currentRoles(name, String.valueOf(stamp));
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(name, roles.get());
            }
            session.invalidate();
        }
        if (!context.isProtected() || isStaticResource(request)) {
            return context.doNothing();
        }
        if (path(request).startsWith("/api/")) {
            return context.responseUnauthorized();
        }
        request.getSession().setAttribute(SignedInUser.RETURN_TO, path(request)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String name = result.getCallerPrincipal().getName();
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE, name);
        request.getSession().setAttribute(SignedInUser.CREDENTIAL_ATTRIBUTE, accounts.credentialStamp(name));
        return context.notifyContainerAboutLogin(result);
    }

    /** Style sheets, scripts and icons need no identity; skipping them saves a query each. */
    private static boolean isStaticResource(HttpServletRequest request) {
        return path(request).startsWith("/jakarta.faces.resource/");
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
