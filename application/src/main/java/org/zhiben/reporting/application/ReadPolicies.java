package org.zhiben.reporting.application;

import java.nio.file.Path;
import java.util.List;
import org.zhiben.organization.MemberUnit;
import org.zhiben.reporting.PolicyAttachment;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyEntryId;
import org.zhiben.reporting.PolicyFilter;
import org.zhiben.reporting.PolicyPage;
import org.zhiben.reporting.storage.PolicyEntries;
import org.zhiben.reporting.storage.PolicyFiles;
import org.zhiben.shared.NotFoundException;

/**
 * The policy statistics table (附表2) compiled for the caller: prefecture-wide for the committee office, a unit's own
 * lines for the unit; filtered by unit, kind and issue period. A line outside what the caller reads is not found.
 */
public class ReadPolicies {

    /** An issued document with the path of its stored content. */
    public record StoredDocument(PolicyAttachment attachment, Path content) {
    }

    private final PolicyEntries entries;
    private final PolicyFiles files;
    private final UnitsOfCaller units;

    public ReadPolicies(PolicyEntries entries, PolicyFiles files, UnitsOfCaller units) {
        this.entries = entries;
        this.files = files;
        this.units = units;
    }

    /** One page of the lines the filter keeps among those the caller reads, the latest issued first. */
    public PolicyPage compile(PolicyFilter filter) {
        return entries.search(units.prefectureWide() ? filter : filter.within(units.codes()));
    }

    public PolicyEntry find(PolicyEntryId id) {
        return entries.findById(id).filter(entry -> units.permits(entry.unit()))
                .orElseThrow(() -> new NotFoundException(PolicyEntry.ENTITY, id));
    }

    /** The issued document of a line the caller reads; not found when none was uploaded. */
    public StoredDocument document(PolicyEntryId id) {
        PolicyEntry entry = find(id);
        if (entry.attachment() == null) {
            throw new NotFoundException("PolicyDocument", id);
        }
        Path content = files.content(entry.attachment())
                .orElseThrow(() -> new NotFoundException("PolicyDocument", id));
        return new StoredDocument(entry.attachment(), content);
    }

    /** The units the caller reports for (and may filter by), in the order of the reference data. */
    public List<MemberUnit> units() {
        return units.units();
    }

    /** Whether the caller reads every unit's lines. */
    public boolean prefectureWide() {
        return units.prefectureWide();
    }
}
