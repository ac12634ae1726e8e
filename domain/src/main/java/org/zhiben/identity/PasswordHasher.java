package org.zhiben.identity;

/** Turns a raw password or secret into the opaque hash that is stored, and checks one against a hash. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
