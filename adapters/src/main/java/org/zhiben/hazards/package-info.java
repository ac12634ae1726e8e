/**
 * Versioned determination standards, the major-hazard lifecycle, listing supervision, escalation and stock
 * accounting.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "organization", "enterprises", "identity", "audit", "campaign"})
package org.zhiben.hazards;
