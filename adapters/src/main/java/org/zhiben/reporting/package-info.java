/**
 * Reporting (section 六(六) of the plan): the monthly dynamic hazard stock table (附表1) of each reporting unit,
 * generated from its own read models that other modules' events feed; the reporting calendar with its reminders, the
 * units' submissions frozen with revisions, the quarterly progress and yearly summary, the policy statistics (附表2),
 * the monthly ranking (晾晒通报), their xlsx and PDF exports, and the committee office's dashboard. It reads other
 * modules only through their base packages and events; nothing it depends on depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organization",
        "campaign", "enterprises", "hazards", "enforcement", "training", "identity", "audit"})
package org.zhiben.reporting;
