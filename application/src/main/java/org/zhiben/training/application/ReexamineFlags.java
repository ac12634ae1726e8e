package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.List;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.storage.ReexamFlags;

/**
 * The re-examination flags of the caller's data scope (one outside it does not exist for them), the overdue ones, and
 * recording a re-examination held outside an inspection against a flag at the version the caller read.
 */
public class ReexamineFlags {

    private final TrainingStore store;
    private final ReexamFlags flags;

    public ReexamineFlags(TrainingStore store, ReexamFlags flags) {
        this.store = store;
        this.flags = flags;
    }

    /** The flags in scope; only those overdue today when {@code overdueOnly}. */
    public List<ReexamFlag> list(boolean overdueOnly) {
        LocalDate today = store.today();
        return flags.search(store.scope()).stream().filter(flag -> !overdueOnly || flag.overdueOn(today)).toList();
    }

    public ReexamFlag find(ReexamFlagId id) {
        ReexamFlag found = flags.findById(id).orElseThrow(() -> new NotFoundException(ReexamFlag.ENTITY, id));
        if (!store.inScope(found.jurisdiction(), found.industry(), found.enterpriseId())) {
            throw new NotFoundException(ReexamFlag.ENTITY, id);
        }
        return found;
    }

    /** Whether the flag is overdue today. */
    public boolean overdue(ReexamFlag flag) {
        return flag.overdueOn(store.today());
    }

    /**
     * Whether the flag's principal stands not assessed as qualified today (re-examination failed, or overdue): what
     * may be registered as a major hazard under clause 1.
     */
    public boolean unqualified(ReexamFlag flag) {
        return flag.unqualifiedOn(store.today());
    }

    /** Records a re-examination on {@code on} (not after today), passed or failed. */
    public ReexamFlag record(ReexamFlagId id, long expectedVersion, LocalDate on, boolean passed) {
        Require.notNull(on, "on");
        if (on.isAfter(store.today())) {
            throw new org.zhiben.shared.InvalidValueException("on", "training.reexam.in-future",
                    "a re-examination is recorded once it has been held", on);
        }
        ReexamFlag flag = find(id);
        flag.requireVersion(expectedVersion);
        String before = flag.status().name();
        flag.reexamined(on, passed);
        ReexamFlag stored = flag.asStored(flags.save(flag));
        store.audit(ReexamFlag.ENTITY, stored.id(), TrackPrincipalExams.REEXAMINED, "status=" + before + "->"
                + stored.status() + ";on=" + on + ";passed=" + passed);
        return stored;
    }
}
