package org.zhiben.training.storage;

import java.util.List;
import org.zhiben.shared.DataScope;
import org.zhiben.training.MisconductReport;

/** Where reports of suspected proxy training or exams and no-shows are kept (the module's write port). */
public interface MisconductReports {

    void add(MisconductReport report);

    /** The reports inside the scope, newest first. */
    List<MisconductReport> search(DataScope scope);
}
