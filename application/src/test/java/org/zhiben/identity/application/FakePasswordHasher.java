package org.zhiben.identity.application;

import org.zhiben.identity.PasswordHasher;

/** Hashes by prefixing, so tests can see which password a hash stands for. */
class FakePasswordHasher implements PasswordHasher {

    @Override
    public String hash(String rawPassword) {
        return "{fake}" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash(rawPassword).equals(hash);
    }
}
