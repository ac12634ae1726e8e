package org.zhiben.enterprises.application;

import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseImport;
import org.zhiben.enterprises.EnterpriseImportResult;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.ImportReport;

/**
 * Imports enterprises in bulk by the {@link EnterpriseImport} rule: good rows are created or updated by credit code,
 * bad rows are reported, and importing the same file twice changes nothing the second time.
 */
public class ImportEnterprises {

    private final Enterprises enterprises;
    private final EnterpriseReferenceData referenceData;

    public ImportEnterprises(Enterprises enterprises, EnterpriseReferenceData referenceData) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
    }

    public ImportReport importRows(ImportEnterprisesCommand command) {
        EnterpriseImport rule = new EnterpriseImport(referenceData::jurisdictionExists,
                referenceData::industryExists, referenceData::isHighRisk, EnterpriseId::newId);
        EnterpriseImportResult result = rule.run(command.rows(),
                enterprises.findByCreditCodes(EnterpriseImport.creditCodesIn(command.rows())),
                enterprise -> command.scope().permits(enterprise.jurisdiction(), enterprise.industry(),
                        enterprise.id().value()));
        for (Enterprise enterprise : result.toSave()) {
            enterprises.save(enterprise);
        }
        return result.report();
    }
}
