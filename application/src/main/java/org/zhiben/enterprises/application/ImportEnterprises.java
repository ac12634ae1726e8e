package org.zhiben.enterprises.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseImport;
import org.zhiben.enterprises.EnterpriseImportResult;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.ImportReport;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.DataScope;

/**
 * Imports enterprises in bulk by the {@link EnterpriseImport} rule: good rows are created or updated by credit code,
 * bad rows are reported, and importing the same file twice changes nothing the second time. Only enterprises inside
 * the caller's data scope (before and after the change) are changed; rows outside it are refused one by one
 * ({@code enterprise.import.out-of-scope}), as are new jurisdictions and industries of an enterprise the caller does
 * not supervise. The import is audited with its counts ({@code enterprise-import.completed}).
 * <p>
 * The rows are taken in parts of {@value #PART_SIZE} as they are read: the stored enterprises of a part are looked up
 * together and its new and changed enterprises are stored together, so that neither the file nor the register is held
 * in memory; what stays is one entry per credit code seen (to find a code that appears twice) and the row errors.
 */
public class ImportEnterprises {

    /** The number of rows looked up and stored together. */
    static final int PART_SIZE = 1_000;

    private final EnterpriseStore enterprises;
    private final EnterpriseReferenceData referenceData;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    public ImportEnterprises(EnterpriseStore enterprises, EnterpriseReferenceData referenceData,
            CurrentActors currentActors, AuditRecorder audit) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    public ImportReport importRows(ImportEnterprisesCommand command) {
        DataScope scope = currentActors.scope();
        EnterpriseImport rule = new EnterpriseImport(referenceData::jurisdictionExists,
                referenceData::industryExists, referenceData::isHighRisk, EnterpriseId::newId,
                referenceData::jurisdictionNamed, referenceData::industryNamed);
        EnterpriseImport.Run run = rule.start(enterprise -> EnterpriseScope.sees(scope, enterprise),
                enterprise -> EnterpriseScope.supervises(scope, enterprise));
        List<EnterpriseImportRow> part = new ArrayList<>(PART_SIZE);
        command.rows().forEach(row -> {
            part.add(row);
            if (part.size() == PART_SIZE) {
                importPart(run, part);
                part.clear();
            }
        });
        importPart(run, part);
        ImportReport report = run.report();
        audit.record(currentActors.actor(), EnterpriseAudit.IMPORT_ENTITY, UUID.randomUUID().toString(),
                EnterpriseAudit.IMPORT_COMPLETED, null,
                "rows=" + run.rows() + ";created=" + report.created() + ";updated=" + report.updated()
                        + ";unchanged=" + report.unchanged() + ";rejected=" + report.rejected());
        return report;
    }

    private void importPart(EnterpriseImport.Run run, List<EnterpriseImportRow> part) {
        if (part.isEmpty()) {
            return;
        }
        Map<UnifiedSocialCreditCode, Enterprise> existing =
                enterprises.findByCreditCodes(EnterpriseImport.creditCodesIn(part));
        EnterpriseImportResult result = run.next(part, existing);
        enterprises.saveAll(result.toCreate(), result.toUpdate());
    }
}
