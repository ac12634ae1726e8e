/**
 * Training and exams (tasks 3 to 9 of the plan): training records of enterprises' principals, safety managers,
 * special-operation workers and staff, of leading cadres and regulators; the plan's yearly focus groups and their
 * coverage; the exam at every inspection (逢查必考) with re-examination flags, and reports of proxy training or exams
 * and no-shows handed to enforcement as cases; special-operation certificates and their daily expiry alert. It reads
 * the register of enterprises, enforcement's events and enforcement's declared case intake, and uses the hazards
 * module's declared inbox and hazard intake; nothing it depends on depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organization",
        "enterprises", "identity", "audit", "enforcement", "hazards"})
package org.zhiben.training;
