package org.zhiben.hazards.application;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardPage;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.hazards.storage.HazardTimeline;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;

/**
 * Everything the hazard API and pages read, always inside the caller's data scope: a hazard or an enterprise outside
 * it is answered as one that does not exist, and a search finds only what lies inside it.
 */
public class ReadHazards {

    private final HazardStore store;
    private final HazardTimeline timelines;
    private final HazardFiles files;
    private final HazardInbox inbox;
    private final Enterprises enterprises;

    public ReadHazards(HazardStore store, HazardTimeline timelines, HazardFiles files, HazardInbox inbox,
            Enterprises enterprises) {
        this.store = store;
        this.timelines = timelines;
        this.files = files;
        this.inbox = inbox;
        this.enterprises = enterprises;
    }

    /** A hazard of a list, with its enterprise's name. */
    public record HazardRow(MajorHazard hazard, String enterpriseName) {
    }

    /** A page of hazards found, each with its enterprise's name. */
    public record HazardRows(HazardPage page, List<HazardRow> rows) {
    }

    /** A hazard with its enterprise (null if the register no longer has it) and its timeline. */
    public record HazardDetail(MajorHazard hazard, Enterprise enterprise, List<HazardTimeline.Entry> timeline) {
    }

    /** An attachment's reference and where its content is stored. */
    public record StoredAttachment(AttachmentRef ref, Path content) {
    }

    /** The hazards matching the criteria inside the caller's scope (whatever scope the criteria carry). */
    public HazardPage search(HazardSearchCriteria criteria) {
        return store.hazards().search(inCallersScope(criteria));
    }

    /** As {@link #search}, each with its enterprise's name. */
    public HazardRows rows(HazardSearchCriteria criteria) {
        HazardPage found = search(criteria);
        return new HazardRows(found, withNames(found.items()));
    }

    /** The hazard; 404 as if it did not exist when it lies outside the caller's scope. */
    public MajorHazard find(UUID id) {
        return store.loadInScope(new HazardId(id));
    }

    /** The hazard with its enterprise and its timeline. */
    public HazardDetail detail(UUID id) {
        MajorHazard hazard = find(id);
        return new HazardDetail(hazard, enterprises.findById(new EnterpriseId(hazard.enterpriseId())).orElse(null),
                timelines.of(hazard, store.clock().getZone()));
    }

    /** The hazard's timeline: transitions, escalation steps, listings and deadline extensions. */
    public List<HazardTimeline.Entry> timeline(UUID id) {
        return timelines.of(find(id), store.clock().getZone());
    }

    /** An attachment of a hazard inside the caller's scope, and where its content is stored. */
    public StoredAttachment attachment(UUID id, UUID attachmentId) {
        AttachmentRef ref = files.find(find(id).id(), attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        Path content = files.content(ref).orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return new StoredAttachment(ref, content);
    }

    /** The notices sent about the hazards of an enterprise inside the caller's scope, newest first. */
    public List<HazardInbox.Notice> notices(UUID enterpriseId) {
        DataScope scope = store.scope();
        enterprises.findById(new EnterpriseId(enterpriseId))
                .filter(found -> scope.permits(found.jurisdiction(), found.industry(), found.id().value()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        return inbox.forEnterprise(enterpriseId);
    }

    /** The enterprise with this credit code, if it lies inside the caller's scope (to report a hazard of it). */
    public Optional<Enterprise> enterprise(UnifiedSocialCreditCode creditCode) {
        DataScope scope = store.scope();
        return enterprises.findByCreditCode(creditCode)
                .filter(e -> scope.permits(e.jurisdiction(), e.industry(), e.id().value()));
    }

    /**
     * The enterprises inside the caller's scope whose name or credit code contains the text, ordered by name, at most
     * {@code limit}: how a report form resolves what was typed into its enterprise picker.
     */
    public List<Enterprise> enterpriseChoices(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return enterprises.findByNameOrCreditCode(text.strip(), store.scope(), limit);
    }

    /** The enterprises a caller who sees enterprises only reports for (none for any other caller). */
    public List<Enterprise> ownEnterprises() {
        DataScope scope = store.scope();
        if (!ReportHazard.selfInspectionOnly(scope)) {
            return List.of();
        }
        return scope.enterpriseIds().stream().map(id -> enterprises.findById(new EnterpriseId(id)))
                .flatMap(Optional::stream).toList();
    }

    /** Today in the campaign's time zone. */
    public LocalDate today() {
        return LocalDate.now(store.clock());
    }

    private List<HazardRow> withNames(List<MajorHazard> hazards) {
        return hazards.stream().map(h -> new HazardRow(h, enterprises.findById(new EnterpriseId(h.enterpriseId()))
                .map(Enterprise::name).orElse(""))).toList();
    }

    private HazardSearchCriteria inCallersScope(HazardSearchCriteria c) {
        return new HazardSearchCriteria(c.jurisdiction(), c.industry(), c.enterpriseId(), c.status(), c.level(),
                c.channel(), c.listed(), c.overdueOn(), c.page(), c.size(), store.scope(), c.number(), c.sort());
    }
}
