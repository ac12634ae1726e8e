package org.zhiben.hazards.application;

import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.storage.StandardNotes;

/**
 * A version of a determination standard as callers show it: whether it is in force today and, where asked for, its
 * documentary notes (null when it has none or they were not read).
 */
public record StandardView(DeterminationStandard standard, boolean inForce, StandardNotes.Notes notes) {
}
