package org.zhiben.identity;

/**
 * Makes a random one-time password (or an API client's secret) that meets the {@link PasswordPolicy} for any
 * username of at least three characters.
 */
public interface PasswordGenerator {

    String generate();
}
