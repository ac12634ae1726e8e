package org.zhiben.hazards;

import java.util.List;
import java.util.UUID;

/**
 * Read-only access to every hazard with its complete recorded history, page by page in the order of their ids, so
 * that a read model built from the hazards' events can be rebuilt with bounded memory.
 */
public interface HazardHistories {

    /** How many hazards there are. */
    long count();

    /** At most {@code size} hazards whose id comes after {@code after} ({@code null}: from the first), by id. */
    List<MajorHazard> page(UUID after, int size);
}
