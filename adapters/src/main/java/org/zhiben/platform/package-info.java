/**
 * Technical platform shared by every module: the embedded PostgreSQL default, the clock, message bundles and the
 * RFC 9457 problem-details mapping of domain refusals. It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = "shared")
package org.zhiben.platform;
