/**
 * Jurisdictions, units, industries and the responsibility principles (三管三必须, 谁…谁负责, 谁…谁牵头), loaded from the
 * plan.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.zhiben.organization;
