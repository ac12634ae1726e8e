package org.zhiben.enforcement;

import org.zhiben.shared.Require;

/**
 * Who reported a tip-off and how to reach them: protected data. The adapters keep it encrypted at rest; only the
 * tip-off officer reads it. {@link #toString()} never shows it, so it cannot reach a log by accident.
 */
public record ReporterIdentity(String name, String contact) {

    public ReporterIdentity {
        name = Require.maxLength(Require.notBlank(name, "reporter.name"), 100, "reporter.name");
        contact = contact == null || contact.isBlank() ? null
                : Require.maxLength(contact.strip(), 200, "reporter.contact");
    }

    @Override
    public String toString() {
        return "ReporterIdentity[protected]";
    }
}
