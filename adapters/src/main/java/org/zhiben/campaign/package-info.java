/** The campaign's phases, key tasks with milestones, assignments and sub-plans, and the progress ledger. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "organization", "identity", "audit"})
package org.zhiben.campaign;
