package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The identity store of the application: user accounts in the database, roles as groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignIn.Outcome outcome = signIn.check(credential.getCaller(), credential.getPasswordAsString());
        return outcome.valid()
                ? new CredentialValidationResult(credential.getCaller(), outcome.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
