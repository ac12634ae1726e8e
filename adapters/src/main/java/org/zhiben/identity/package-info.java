/** Users, roles, API clients, the combined access rules and the callers' data scopes. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organization", "audit"})
package org.zhiben.identity;
