package org.zhiben.hazards.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardTransition;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.StandardClause;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.ReadStandards;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.export.PrintedDocument;
import org.zhiben.platform.export.PrintedDocument.Field;
import org.zhiben.platform.export.PrintedDocument.Fields;
import org.zhiben.platform.export.PrintedDocument.Signature;
import org.zhiben.platform.export.PrintedDocument.Signatures;
import org.zhiben.platform.export.PrintedDocument.Text;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The documents of a major hazard to print, sign and seal, as PDFs: the rectification notice (整改通知书) once it is
 * determined major, the listing notice (挂牌督办通知书) once it has been listed, the write-off approval form (销号审批表)
 * once it is verified. Each names the hazard's number, the clause it was determined by with the clause's text, the
 * deadlines and the signing units. Read in the user's data scope like the hazard's page (404 outside it, and for a
 * document the hazard's state does not have yet).
 */
@PageController
@RequestMapping("/hazards/{id}/documents")
class HazardDocumentPages {

    static final String RECTIFICATION_NOTICE = "rectification-notice";
    static final String LISTING_NOTICE = "listing-notice";
    static final String WRITE_OFF_APPROVAL = "write-off-approval";

    private final ReadHazards read;
    private final ReadStandards standards;
    private final MemberUnits units;
    private final Jurisdictions jurisdictions;
    private final TableExports exports;
    private final MessageSource messages;
    private final UiFormats formats;
    private final Clock clock;

    HazardDocumentPages(ReadHazards read, ReadStandards standards, MemberUnits units, Jurisdictions jurisdictions,
            TableExports exports, MessageSource messages, UiFormats formats, Clock clock) {
        this.read = read;
        this.standards = standards;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.exports = exports;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** The documents the hazard's state has, in the order the page lists them. */
    static Set<String> available(MajorHazard hazard) {
        Set<String> documents = new LinkedHashSet<>();
        HazardStatus status = hazard.status();
        if (hazard.level() == HazardLevel.MAJOR && status != HazardStatus.REPORTED
                && status != HazardStatus.CANCELLED) {
            documents.add(RECTIFICATION_NOTICE);
        }
        if (!hazard.listings().isEmpty()) {
            documents.add(LISTING_NOTICE);
        }
        if (status == HazardStatus.VERIFIED || status == HazardStatus.WRITTEN_OFF) {
            documents.add(WRITE_OFF_APPROVAL);
        }
        return documents;
    }

    @GetMapping("/{document}.pdf")
    void document(@PathVariable UUID id, @PathVariable String document, HttpServletResponse response) {
        PageAccess.require(HazardPages.READ);
        ReadHazards.HazardDetail detail = read.detail(id);
        MajorHazard hazard = detail.hazard();
        if (!available(hazard).contains(document)) {
            throw new NotFoundException("HazardDocument", document);
        }
        PrintedDocument printed = switch (document) {
            case RECTIFICATION_NOTICE -> rectificationNotice(hazard, detail.enterprise());
            case LISTING_NOTICE -> listingNotice(hazard, detail.enterprise());
            default -> writeOffApproval(hazard, detail.enterprise());
        };
        exports.sendPdf(response, text("hzdoc." + document + ".title") + "-" + hazard.number().value(), printed);
    }

    private PrintedDocument rectificationNotice(MajorHazard hazard, Enterprise enterprise) {
        Optional<HazardTransition> determined = transitionTo(hazard, HazardStatus.DETERMINED);
        String signer = determined.map(t -> unitName(t.actor().unitCode())).orElse("");
        Optional<RectificationPlan> plan = hazard.plan();
        List<PrintedDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Text(text("hzdoc.rectification-notice.finding", hazard.location(), hazard.description(),
                formats.date(hazard.discoveredOn()))));
        blocks.add(new Text(text("hzdoc.rectification-notice.demand")));
        List<Field> fields = new ArrayList<>(common(hazard, enterprise));
        fields.add(new Field(text("hzdoc.field.responsible-person"), plan.map(RectificationPlan::responsiblePerson)
                .orElse(null)));
        fields.add(new Field(text("hzdoc.field.measures"), plan.map(RectificationPlan::measures).orElse(null)));
        fields.add(new Field(text("hzdoc.field.funds"), plan.map(p -> UiFormats.yuanFromFen(p.fundsFen()))
                .orElse(null)));
        fields.add(new Field(text("hzdoc.field.deadline"), hazard.currentDeadline().map(formats::date).orElse(null)));
        fields.add(new Field(text("hzdoc.field.contingency-plan"), plan.map(RectificationPlan::contingencyPlan)
                .orElse(null)));
        blocks.add(new Fields(fields));
        blocks.add(new Signatures(List.of(
                new Signature(text("hzdoc.sign.issuer"), signer,
                        determined.map(t -> formats.date(day(t))).orElse(blankDate())),
                new Signature(text("hzdoc.sign.receiver"), enterpriseName(enterprise), blankDate()))));
        return new PrintedDocument(text("hzdoc.rectification-notice.title"), number(hazard),
                text("hzdoc.addressee", enterpriseName(enterprise)), blocks);
    }

    private PrintedDocument listingNotice(MajorHazard hazard, Enterprise enterprise) {
        Listing listing = hazard.listings().get(hazard.listings().size() - 1);
        String supervising = unitName(listing.supervisingUnit().value());
        String responsible = unitName(listing.responsibleUnit().value());
        List<PrintedDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Text(text("hzdoc.listing-notice.body", enterpriseName(enterprise), hazard.location(),
                text("hz.listing.level." + listing.level().name()), formats.date(listing.deadline()), supervising)));
        List<Field> fields = new ArrayList<>(common(hazard, enterprise));
        fields.add(new Field(text("hzdoc.field.listing-level"), text("hz.listing.level." + listing.level().name())));
        fields.add(new Field(text("hzdoc.field.listed-on"), formats.date(listing.listedOn())));
        fields.add(new Field(text("hzdoc.field.listing-deadline"), formats.date(listing.deadline())));
        fields.add(new Field(text("hzdoc.field.deadline"), hazard.currentDeadline().map(formats::date).orElse(null)));
        fields.add(new Field(text("hzdoc.field.supervising-unit"), supervising));
        fields.add(new Field(text("hzdoc.field.responsible-unit"), responsible));
        if (listing.removedOn() != null) {
            fields.add(new Field(text("hzdoc.field.removed-on"), formats.date(listing.removedOn())));
        }
        blocks.add(new Fields(fields));
        blocks.add(new Signatures(List.of(
                new Signature(text("hzdoc.sign.supervising"), supervising, formats.date(listing.listedOn())),
                new Signature(text("hzdoc.sign.responsible"), responsible, blankDate()))));
        return new PrintedDocument(text("hzdoc.listing-notice.title"), number(hazard),
                text("hzdoc.addressee", responsible), blocks);
    }

    private PrintedDocument writeOffApproval(MajorHazard hazard, Enterprise enterprise) {
        Optional<HazardTransition> verified = transitionTo(hazard, HazardStatus.VERIFIED);
        Optional<HazardTransition> writtenOff = transitionTo(hazard, HazardStatus.WRITTEN_OFF);
        String verifier = verified.map(t -> unitName(t.actor().unitCode())).orElse("");
        String approver = writtenOff.map(t -> unitName(t.actor().unitCode())).orElse("");
        List<Field> fields = new ArrayList<>(common(hazard, enterprise));
        fields.add(new Field(text("hzdoc.field.jurisdiction"), jurisdictions.findByCode(hazard.jurisdiction())
                .map(j -> UiFormats.english() ? j.nameEn() : j.name()).orElse("")));
        fields.add(new Field(text("hzdoc.field.deadline"), hazard.currentDeadline().map(formats::date).orElse(null)));
        List<RectificationEvidence> evidence = hazard.evidence();
        fields.add(new Field(text("hzdoc.field.rectification"),
                evidence.isEmpty() ? null : evidence.get(evidence.size() - 1).description()));
        fields.add(new Field(text("hzdoc.field.verification"), verified.map(t -> text("hzdoc.verified-by",
                verifier, formats.date(day(t)), t.reason() == null ? "" : t.reason())).orElse(null)));
        fields.add(new Field(text("hzdoc.field.approval"), writtenOff.map(t -> text("hzdoc.approved",
                t.reason() == null ? "" : t.reason())).orElse(null)));
        return new PrintedDocument(text("hzdoc.write-off-approval.title"), number(hazard), null, List.of(
                new Fields(fields),
                new Signatures(List.of(
                        new Signature(text("hzdoc.sign.enterprise"), enterpriseName(enterprise), blankDate()),
                        new Signature(text("hzdoc.sign.verifier"), verifier,
                                verified.map(t -> formats.date(day(t))).orElse(blankDate())),
                        new Signature(text("hzdoc.sign.approver"), approver,
                                writtenOff.map(t -> formats.date(day(t))).orElse(blankDate()))))));
    }

    /** The fields every document has: the number, the enterprise, where and what, the clause and its text. */
    private List<Field> common(MajorHazard hazard, Enterprise enterprise) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text("hzdoc.field.number"), hazard.number().value()));
        fields.add(new Field(text("hzdoc.field.enterprise"), enterpriseName(enterprise)));
        fields.add(new Field(text("hzdoc.field.location"), hazard.location()));
        fields.add(new Field(text("hzdoc.field.description"), hazard.description()));
        fields.add(new Field(text("hzdoc.field.discovered-on"), formats.date(hazard.discoveredOn())));
        String basis = null;
        String clauseText = null;
        if (hazard.clause() != null) {
            try {
                var standard = standards.get(hazard.clause().standardCode()).standard();
                basis = text("hzdoc.basis", standard.title(), hazard.clause().clauseNumber());
                clauseText = standard.clause(hazard.clause().clauseNumber()).map(StandardClause::text).orElse(null);
            } catch (NotFoundException gone) {
                basis = hazard.clause().toString();
            }
        }
        fields.add(new Field(text("hzdoc.field.basis"), basis));
        fields.add(new Field(text("hzdoc.field.clause-text"), clauseText));
        return fields;
    }

    private static Optional<HazardTransition> transitionTo(MajorHazard hazard, HazardStatus status) {
        return hazard.history().stream().filter(t -> t.to() == status).max(Comparator.comparing(HazardTransition::at));
    }

    private LocalDate day(HazardTransition transition) {
        return LocalDate.ofInstant(transition.at(), clock.getZone());
    }

    private String number(MajorHazard hazard) {
        return text("hzdoc.number", hazard.number().value());
    }

    private String unitName(String code) {
        if (code == null) {
            return "";
        }
        return units.findByCode(UnitCode.of(code)).map(u -> UiFormats.english() ? u.nameEn() : u.name()).orElse("");
    }

    private static String enterpriseName(Enterprise enterprise) {
        return enterprise == null ? "" : enterprise.name();
    }

    private String blankDate() {
        return text("hzdoc.blank-date");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
