package org.zhiben.training;

import java.util.List;

/**
 * Training as an overview reads it (declared read-only interface of the training module; the reporting module's
 * dashboard reads it): how far each of the plan's yearly focus groups is trained in its own year among the
 * enterprises of the caller's data scope.
 */
public interface TrainingOverview {

    /** The coverage of every focus group in its own year, in the order of the groups. */
    List<Coverage> coverage();
}
