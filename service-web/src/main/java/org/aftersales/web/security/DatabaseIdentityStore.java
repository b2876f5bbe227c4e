package org.aftersales.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.aftersales.staff.UserAccountService;
import org.aftersales.staff.UserAccountService.LoginResult;

/** The one user store behind form login and HTTP Basic: the app_user table (R-O1). */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    UserAccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result =
                accounts.login(login.getCaller(), login.getPassword().getValue(), channel());
        if (!result.valid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                result.username(), result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private static String channel() {
        String channel = LoginChannel.CURRENT.get();
        return channel == null ? "form" : channel;
    }
}
