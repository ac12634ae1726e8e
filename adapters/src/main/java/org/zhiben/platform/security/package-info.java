/**
 * What each module contributes to access control ({@link org.zhiben.platform.security.AccessRules}): its permissions,
 * the roles holding them, and the permission each of its API paths and pages needs.
 */
package org.zhiben.platform.security;
