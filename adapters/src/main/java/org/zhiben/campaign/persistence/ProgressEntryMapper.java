package org.zhiben.campaign.persistence;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.zhiben.campaign.ProgressEntry;
import org.zhiben.campaign.ProgressEntryId;
import org.zhiben.shared.UnitCode;

/** Maps ledger entries between the domain record and the table row. */
@Mapper
interface ProgressEntryMapper {

    ProgressEntry toDomain(ProgressEntryJpaEntity entity);

    ProgressEntryJpaEntity toEntity(ProgressEntry entry);

    default ProgressEntryId id(UUID value) {
        return new ProgressEntryId(value);
    }

    default UUID id(ProgressEntryId id) {
        return id.value();
    }

    default UnitCode unit(String value) {
        return value == null ? null : UnitCode.of(value);
    }

    default String unit(UnitCode unit) {
        return unit == null ? null : unit.value();
    }
}
