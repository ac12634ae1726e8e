package org.zhiben.organization;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * A jurisdiction (属地): the prefecture, one of its counties or its county-level city, or a port administration.
 * Every jurisdiction but the prefecture has the prefecture (or another jurisdiction) as its parent; each writes and
 * runs its own campaign plan for its territory.
 *
 * @param parent the enclosing jurisdiction; {@code null} for the prefecture and only for it
 */
public record Jurisdiction(JurisdictionCode code, String name, String nameEn, JurisdictionKind kind,
                           JurisdictionCode parent) {

    public Jurisdiction {
        Require.notNull(code, "code");
        name = Require.maxLength(Require.notBlank(name, "name"), 100, "name");
        nameEn = Require.maxLength(Require.notBlank(nameEn, "nameEn"), 100, "nameEn");
        Require.notNull(kind, "kind");
        if (kind == JurisdictionKind.PREFECTURE && parent != null) {
            throw new InvalidValueException("parent", "organization.jurisdiction.parent.not-allowed",
                    "the prefecture has no parent jurisdiction: " + code, code);
        }
        if (kind != JurisdictionKind.PREFECTURE && parent == null) {
            throw new InvalidValueException("parent", "organization.jurisdiction.parent.required",
                    "a jurisdiction below the prefecture needs a parent: " + code, code);
        }
        if (code.equals(parent)) {
            throw new InvalidValueException("parent", "organization.jurisdiction.parent.self",
                    "a jurisdiction cannot be its own parent: " + code, code);
        }
    }
}
