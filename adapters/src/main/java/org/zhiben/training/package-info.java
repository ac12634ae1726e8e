/**
 * Training and exams (tasks 3 to 9 of the plan): training records of enterprises' principals, safety managers,
 * special-operation workers and staff, of leading cadres and regulators. It reads the register of enterprises and
 * enforcement's events; nothing it depends on depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "organization",
        "enterprises", "identity", "audit"})
package org.zhiben.training;
