package org.zhiben.enterprises.web;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.ImportReport;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.FindEnterprises;
import org.zhiben.enterprises.application.ImportEnterprises;
import org.zhiben.enterprises.application.ImportEnterprisesCommand;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.RegisterEnterpriseCommand;
import org.zhiben.enterprises.application.UpdateEnterprise;
import org.zhiben.enterprises.application.UpdateEnterpriseCommand;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.DataScope;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;

/**
 * The enterprise register as the signed-in caller may use it, for the API and the pages alike: searches and reads only
 * reach enterprises inside the caller's data scope (outside it, an enterprise does not exist for them), registering
 * and changing are refused when the enterprise lies, or would come to lie, outside it, and every change is written
 * together with its audit entry in one transaction.
 */
@Component
public class ScopedEnterprises {

    static final String ENTITY = "Enterprise";

    private final RegisterEnterprise registerEnterprise;
    private final UpdateEnterprise updateEnterprise;
    private final FindEnterprises findEnterprises;
    private final ImportEnterprises importEnterprises;
    private final Transactions transactions;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    ScopedEnterprises(RegisterEnterprise registerEnterprise, UpdateEnterprise updateEnterprise,
            FindEnterprises findEnterprises, ImportEnterprises importEnterprises, Transactions transactions,
            CurrentActors currentActors, AuditRecorder audit) {
        this.registerEnterprise = registerEnterprise;
        this.updateEnterprise = updateEnterprise;
        this.findEnterprises = findEnterprises;
        this.importEnterprises = importEnterprises;
        this.transactions = transactions;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    /** The enterprises matching the criteria inside the caller's data scope, ordered by name. */
    public Page<Enterprise> search(JurisdictionCode jurisdiction, IndustryCode industry, String nameContains,
            int page, int size) {
        EnterpriseSearch criteria = new EnterpriseSearch(jurisdiction, industry, nameContains, page, size,
                currentActors.scope());
        return transactions.read(() -> findEnterprises.search(criteria));
    }

    /** One enterprise; {@link NotFoundException} as if it did not exist when it lies outside the caller's scope. */
    public Enterprise byId(EnterpriseId id) {
        return transactions.read(() -> inScope(findEnterprises.byId(id), id.value()));
    }

    public Enterprise byCreditCode(UnifiedSocialCreditCode code) {
        return transactions.read(() -> inScope(findEnterprises.byCreditCode(code), code));
    }

    /**
     * Registers an enterprise; {@link AccessDeniedException} when its jurisdiction and its industry both lie outside
     * the caller's data scope (a county registers its own enterprises, a department those of its industries).
     */
    public Enterprise register(RegisterEnterpriseCommand command) {
        DataScope scope = currentActors.scope();
        if (!scope.permits(command.details().jurisdiction(), command.details().industry(), null)) {
            throw new AccessDeniedException("the enterprise lies outside the caller's data scope");
        }
        Actor actor = currentActors.actor();
        return transactions.write(() -> {
            Enterprise stored = registerEnterprise.register(command);
            audit.record(actor, ENTITY, stored.id().toString(), "REGISTERED", null,
                    "creditCode=" + stored.creditCode().value() + ";" + codes(stored));
            return stored;
        });
    }

    /**
     * Replaces the details of an enterprise as seen at the command's version: {@link NotFoundException} outside the
     * caller's scope, {@link org.zhiben.shared.StaleVersionException} when it changed since, and
     * {@link AccessDeniedException} when the new jurisdiction and industry would move it outside the scope.
     */
    public Enterprise update(UpdateEnterpriseCommand command) {
        DataScope scope = currentActors.scope();
        Actor actor = currentActors.actor();
        UUID id = command.id().value();
        return transactions.write(() -> {
            Enterprise before = inScope(findEnterprises.byId(command.id()), id);
            EnterpriseProfile old = before.profile();
            long oldVersion = before.version();
            Enterprise after = updateEnterprise.update(command);
            if (!scope.permits(after.jurisdiction(), after.industry(), after.id().value())) {
                throw new AccessDeniedException("the enterprise would lie outside the caller's data scope");
            }
            if (after.version() != oldVersion) {
                audit.record(actor, ENTITY, id.toString(), "UPDATED", null,
                        "changed=" + changedFields(old, after.profile()) + ";" + codes(after) + ";version="
                                + oldVersion + "->" + after.version());
            }
            return after;
        });
    }

    /**
     * Imports the rows of an uploaded sheet (CSV or xlsx, read by {@link EnterpriseSheet}); rows outside the caller's
     * scope are refused row by row, the import is audited with its counts.
     */
    public ImportReport importSheet(String fileName, byte[] content) {
        List<EnterpriseImportRow> rows = EnterpriseSheet.read(fileName, content);
        ImportEnterprisesCommand command = new ImportEnterprisesCommand(rows, currentActors.scope());
        Actor actor = currentActors.actor();
        return transactions.write(() -> {
            ImportReport imported = importEnterprises.importRows(command);
            audit.record(actor, "EnterpriseImport", UUID.randomUUID().toString(), "IMPORTED", null,
                    "rows=" + rows.size() + ";created=" + imported.created() + ";updated=" + imported.updated()
                            + ";unchanged=" + imported.unchanged() + ";rejected=" + imported.rejected());
            return imported;
        });
    }

    /** The Chinese column headings of an import sheet, in order. */
    public static List<String> importHeadings() {
        return EnterpriseSheet.CHINESE_HEADINGS;
    }

    /** A phone as lists show it: {@code 13812345678} → {@code 138****5678}. */
    public static String maskedPhone(String phone) {
        return EnterpriseResponses.maskPhone(phone);
    }

    private Enterprise inScope(Enterprise enterprise, Object requestedId) {
        if (!currentActors.scope().permits(enterprise.jurisdiction(), enterprise.industry(),
                enterprise.id().value())) {
            throw new NotFoundException("enterprise", requestedId);
        }
        return enterprise;
    }

    /** The codes of an enterprise for the audit trail (no names, addresses or phones). */
    static String codes(Enterprise enterprise) {
        return "jurisdiction=" + enterprise.jurisdiction().value() + ";industry=" + enterprise.industry().value()
                + ";standardisationGrade=" + enterprise.standardisationGrade().name() + ";status="
                + enterprise.status().name();
    }

    /** Which attributes differ, by name only: the values may be personal data. */
    static String changedFields(EnterpriseProfile old, EnterpriseProfile revised) {
        StringJoiner changed = new StringJoiner(",");
        addIf(changed, "name", old.name(), revised.name());
        addIf(changed, "jurisdiction", old.jurisdiction(), revised.jurisdiction());
        addIf(changed, "industry", old.industry(), revised.industry());
        addIf(changed, "highRisk", old.highRisk(), revised.highRisk());
        addIf(changed, "address", old.address(), revised.address());
        addIf(changed, "principal", old.principal(), revised.principal());
        addIf(changed, "actualController", old.actualController(), revised.actualController());
        addIf(changed, "standardisationGrade", old.standardisationGrade(), revised.standardisationGrade());
        addIf(changed, "status", old.status(), revised.status());
        return changed.toString();
    }

    private static void addIf(StringJoiner changed, String field, Object old, Object revised) {
        if (!Objects.equals(old, revised)) {
            changed.add(field);
        }
    }
}
