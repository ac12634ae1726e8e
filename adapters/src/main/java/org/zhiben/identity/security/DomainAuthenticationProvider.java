package org.zhiben.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhiben.identity.application.AuthenticateUser;
import org.zhiben.identity.application.AuthenticateUserCommand;
import org.zhiben.platform.tx.Transactions;

/**
 * Form login through the domain's {@link AuthenticateUser}: it counts failures and locks an account for 15 minutes
 * after the fifth in a row; the count is committed even though the login fails. Unknown usernames and wrong passwords
 * get the same answer.
 */
@Component
class DomainAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticateUser authenticateUser;
    private final Transactions transactions;

    DomainAuthenticationProvider(AuthenticateUser authenticateUser, Transactions transactions) {
        this.authenticateUser = authenticateUser;
        this.transactions = transactions;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var outcome = transactions.write(() ->
                authenticateUser.authenticate(new AuthenticateUserCommand(username, password)));
        return switch (outcome.outcome()) {
            case AUTHENTICATED -> {
                SignedInUser user = SignedInUser.of(outcome.account());
                yield UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
            }
            case LOCKED -> throw new LockedException("the account is locked after too many failed logins");
            case DISABLED -> throw new DisabledException("the account is disabled");
            case BAD_CREDENTIALS -> throw new BadCredentialsException("bad credentials");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
