package org.zhiben.hazards.standards;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

/**
 * The sector names used in the standards' YAML files ({@code hazardous-chemicals}) and the industry codes of the
 * organisation module they stand for ({@code HAZARDOUS_CHEMICALS}): a name in lower case with hyphens is the code in
 * upper case with underscores, and a code may be written as it is. Whether the industry exists is checked where
 * the organisation's industries are known (the import of a new version); a malformed name is refused here.
 */
public final class SectorSlugs {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*|[A-Z][A-Z0-9_]+");

    private SectorSlugs() {
    }

    /** The industry a sector name stands for; {@code field} names the value in the file, e.g. {@code sectors[0]}. */
    public static IndustryCode industry(String slug, String field) {
        String name = slug == null ? "" : slug.strip();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException(field, "hazard.standard.sector.unknown", "unknown sector " + slug,
                    String.valueOf(slug));
        }
        return IndustryCode.of(name.replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
