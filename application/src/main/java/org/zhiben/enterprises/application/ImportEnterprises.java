package org.zhiben.enterprises.application;

import java.util.Map;
import java.util.UUID;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseImport;
import org.zhiben.enterprises.EnterpriseImportResult;
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
 */
public class ImportEnterprises {

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
        Map<UnifiedSocialCreditCode, Enterprise> existing =
                enterprises.findByCreditCodes(EnterpriseImport.creditCodesIn(command.rows()));
        EnterpriseImportResult result = rule.run(command.rows(), existing,
                enterprise -> EnterpriseScope.sees(scope, enterprise),
                enterprise -> EnterpriseScope.supervises(scope, enterprise));
        for (Enterprise enterprise : result.toSave()) {
            enterprises.save(enterprise);
        }
        ImportReport report = result.report();
        audit.record(currentActors.actor(), EnterpriseAudit.IMPORT_ENTITY, UUID.randomUUID().toString(),
                EnterpriseAudit.IMPORT_COMPLETED, null,
                "rows=" + command.rows().size() + ";created=" + report.created() + ";updated=" + report.updated()
                        + ";unchanged=" + report.unchanged() + ";rejected=" + report.rejected());
        return report;
    }
}
