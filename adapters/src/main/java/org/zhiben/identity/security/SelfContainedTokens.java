package org.zhiben.identity.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The embedded authorization server keeps no record of the tokens it issues: they are self-contained signed JWTs,
 * checked by signature and expiry, issued only with the client-credentials grant (no refresh tokens, no
 * authorization codes to remember). A token is withdrawn by disabling its client, which every API request checks.
 * Hence nothing is stored and nothing is found — the token introspection and revocation endpoints answer that they
 * do not know the token.
 */
class SelfContainedTokens implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {
        // self-contained tokens: nothing to remember (see the class comment)
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing was stored
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
