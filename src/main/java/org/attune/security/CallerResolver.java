package org.attune.security;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/** Turns the principal that elytron-oidc-client established into a {@link Caller}. */
public final class CallerResolver {

    private CallerResolver() {}

    public static Optional<Caller> fromPrincipal(Principal principal) {
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return Optional.empty();
        }
        AccessToken token = oidc.getOidcSecurityContext().getToken();
        if (token == null || token.getSubject() == null) {
            return Optional.empty();
        }
        RealmAccessClaim realmAccess = token.getRealmAccessClaim();
        List<String> roles = realmAccess == null || realmAccess.getRoles() == null ? List.of() : realmAccess.getRoles();
        Long expiration = token.getExpiration();
        return Optional.of(new Caller(
                token.getSubject(),
                token.getPreferredUsername(),
                token.getName(),
                Set.copyOf(roles),
                expiration == null ? null : Instant.ofEpochSecond(expiration)));
    }
}
