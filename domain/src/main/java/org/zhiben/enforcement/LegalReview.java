package org.zhiben.enforcement;

import java.time.Instant;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.Require;

/**
 * A recorded legal review (法制审核) of a case's intended decision by a legal reviewer: approved or not, with the
 * reviewer's opinion.
 */
public record LegalReview(boolean approved, String opinion, Actor reviewer, Instant reviewedAt) {

    /** The role that performs legal reviews. */
    public static final String ROLE = "LEGAL_REVIEWER";

    public LegalReview {
        opinion = Require.maxLength(Require.notBlank(opinion, "opinion"), 2000, "opinion");
        Require.notNull(reviewer, "reviewer");
        Require.notNull(reviewedAt, "reviewedAt");
        if (!ROLE.equals(reviewer.role())) {
            throw new NotPermittedException("enforcement.case.legal-review.role",
                    "only a legal reviewer records a legal review", reviewer.role());
        }
    }
}
