/** The hash-chained, append-only audit trail and its anchors. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.zhiben.audit;
