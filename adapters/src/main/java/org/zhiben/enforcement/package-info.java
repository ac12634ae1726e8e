/**
 * Enforcement: signed inspections, penalty cases under the plan's reward/penalty rule (task 24), the serious-dishonesty
 * list, and tip-offs with rewards and a protected reporter (tasks 26 to 28). It uses hazards, enterprises and
 * organization only through their base packages and events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organization",
        "enterprises", "identity", "audit", "hazards"})
package org.zhiben.enforcement;
