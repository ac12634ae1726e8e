package org.zhiben.campaign.config;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.Ledger;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.UnitTaskLedger;
import org.zhiben.campaign.storage.ProgressEntries;

/**
 * The declared {@link UnitTaskLedger} other modules read (reporting's quarterly progress and yearly summary): the
 * ledger lines of the key tasks a unit answers for, as the ledger stood at the end of a day of the clock's zone.
 */
@Configuration(proxyBeanMethods = false)
class UnitTaskLedgerConfiguration {

    @Bean
    UnitTaskLedger unitTaskLedger(CampaignPlans plans, CampaignUnits units, ProgressEntries entries, Clock clock) {
        return (unit, day) -> {
            Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            Map<Integer, List<ProgressEntry>> byTask = UnitTaskLedger.asHeldAt(entries.findAll(), end).stream()
                    .collect(Collectors.groupingBy(ProgressEntry::taskNumber));
            Ledger onDay = new Ledger(day, units);
            return plans.tasks().stream()
                    .map(task -> onDay.lineOf(task, byTask.getOrDefault(task.number(), List.of())))
                    .filter(line -> line.units().stream().anyMatch(part -> part.unit().equals(unit)))
                    .toList();
        };
    }
}
