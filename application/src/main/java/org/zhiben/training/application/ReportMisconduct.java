package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.CaseIntake;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.Require;
import org.zhiben.training.MisconductKind;
import org.zhiben.training.MisconductReport;
import org.zhiben.training.TrainingRecordId;
import org.zhiben.training.storage.MisconductReports;

/**
 * Records a suspected proxy training, proxy exam or no-show of an enterprise's principal and hands it to enforcement
 * as a penalty case through enforcement's declared {@link CaseIntake} ("严肃查处企业主要负责人代培代考或缺考行为"): the
 * report, the case and both audit entries commit together or not at all.
 */
public class ReportMisconduct {

    public static final String ACTION = "misconduct.reported";

    /** What is reported; the training record is optional. */
    public record Command(UUID enterpriseId, MisconductKind kind, UUID trainingRecordId, LocalDate occurredOn,
            String description) {

        public Command {
            Require.notNull(enterpriseId, "enterpriseId");
            Require.notNull(kind, "kind");
            Require.notNull(occurredOn, "occurredOn");
        }
    }

    private final TrainingStore store;
    private final MisconductReports reports;
    private final CaseIntake cases;

    public ReportMisconduct(TrainingStore store, MisconductReports reports, CaseIntake cases) {
        this.store = store;
        this.reports = reports;
        this.cases = cases;
    }

    public MisconductReport execute(Command command) {
        Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
        TrainingRecordId record = command.trainingRecordId() == null ? null
                : store.record(new TrainingRecordId(command.trainingRecordId())).id();
        MisconductReport report = MisconductReport.of(enterprise.id().value(), enterprise.jurisdiction(),
                enterprise.industry(), command.kind(), record, command.occurredOn(), command.description(),
                store.today(), store.now(), store.caller().username());
        UUID caseId = cases.open(report.enterpriseId(), new CaseOrigin(CaseOrigin.Kind.TRAINING_MISCONDUCT,
                report.id()), report.violation()).value();
        MisconductReport handed = report.handedOver(caseId);
        reports.add(handed);
        store.audit(MisconductReport.ENTITY, handed.id(), ACTION, "kind=" + handed.kind() + ";enterprise="
                + handed.enterpriseId() + ";penaltyCase=" + caseId);
        return handed;
    }

    /** The reports of the caller's data scope, newest first. */
    public List<MisconductReport> list() {
        return reports.search(store.scope());
    }
}
