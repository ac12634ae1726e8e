package org.zhiben.reporting.config;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.ReportingObligations;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.reporting.ReportingCalendar;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.SubmissionContents;
import org.zhiben.reporting.WrittenContents;
import org.zhiben.hazards.Inbox;
import org.zhiben.reporting.application.ReadPunctuality;
import org.zhiben.reporting.application.RemindUnits;
import org.zhiben.reporting.application.ReportingStore;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.reporting.storage.Submissions;
import org.zhiben.shared.UnitCode;

/**
 * Wires the reporting use cases (plain classes of the application jar) to their adapters, each decorated by
 * {@link UseCaseTransactions#wrap}: every public method is one transaction, and a refusal rolls back the change and
 * its audit entry together. The calendar is the plan's reporting obligations over the campaign's days, read once.
 */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    private final ReportingStore store;
    private final UseCaseTransactions tx;

    ReportingConfiguration(Submissions submissions, ReportingObligations obligations, CampaignPlans plans,
            ReportingUnits reportingUnits, List<SubmissionContents> contents, CurrentActors actors, AuditRecorder audit,
            Clock clock, UseCaseTransactions tx) {
        Supplier<ReportingCalendar> calendar = new Supplier<>() {
            private volatile ReportingCalendar built;

            @Override
            public ReportingCalendar get() {
                ReportingCalendar loaded = built;
                if (loaded == null) {
                    loaded = new ReportingCalendar(obligations.findAll(), plans.schedule().startsOn(),
                            plans.schedule().endsOn());
                    built = loaded;
                }
                return loaded;
            }
        };
        Supplier<List<UnitCode>> units = () -> reportingUnits.findAll().stream().map(ReportingUnit::code).toList();
        this.store = new ReportingStore(submissions, calendar, units, contents, actors, audit, clock);
        this.tx = tx;
    }

    /** The use case, with the checks of the kinds the unit writes (the quarterly progress and yearly summary). */
    @Bean
    SubmitReports submitReports(List<WrittenContents> written) {
        return tx.wrap(new SubmitReports(store, written));
    }

    /** How many days before the due day the units are reminded: {@code zhiben.reporting.reminder-lead-days}, 3. */
    @Bean
    RemindUnits remindUnits(Inbox inbox, @Value("${zhiben.reporting.reminder-lead-days:3}") int leadDays) {
        return tx.wrap(new RemindUnits(store, inbox, leadDays));
    }

    @Bean
    ReadPunctuality readPunctuality() {
        return tx.wrap(new ReadPunctuality(store));
    }
}
