package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.Require;

/**
 * Where a penalty case comes from: an inspection, a hazard, a tip-off or a training misconduct report, named by its
 * identity.
 */
public record CaseOrigin(Kind kind, UUID reference) {

    /** The kinds of origin. */
    public enum Kind {
        /** 执法检查. */
        INSPECTION("执法检查"),
        /** 重大事故隐患. */
        HAZARD("重大事故隐患"),
        /** 举报. */
        TIP_OFF("举报"),
        /** 培训考试违规: a suspected proxy training or exam or a no-show reported by the training module. */
        TRAINING_MISCONDUCT("培训考试违规");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CaseOrigin {
        Require.notNull(kind, "origin.kind");
        Require.notNull(reference, "origin.reference");
    }
}
