package org.zhiben.enforcement;

import org.zhiben.shared.InvalidValueException;

/** The principal's exam at an inspection (逢查必考): the score and the pass mark, out of 100. */
public record PrincipalExam(int score, int passMark) {

    public PrincipalExam {
        if (score < 0 || score > 100 || passMark < 1 || passMark > 100) {
            throw new InvalidValueException("score", "enforcement.inspection.exam-score-invalid",
                    "exam score and pass mark are between 0 and 100", score, passMark);
        }
    }

    public boolean passed() {
        return score >= passMark;
    }
}
