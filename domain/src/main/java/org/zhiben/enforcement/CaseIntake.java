package org.zhiben.enforcement;

import java.util.UUID;

/**
 * How another module hands a matter to enforcement as a penalty case (立案), e.g. training's suspected proxy training
 * or exams and no-shows (task 5: "严肃查处企业主要负责人代培代考或缺考行为"). The case is opened by the signed-in caller,
 * against an enterprise of their data scope, inside the caller's transaction; enforcement depends on nothing of the
 * modules that call it.
 */
public interface CaseIntake {

    /**
     * Opens a case against the enterprise, from the origin given (its kind and the id of the matter in the calling
     * module), for the violation described.
     *
     * @return the id of the case opened
     */
    PenaltyCaseId open(UUID enterpriseId, CaseOrigin origin, String violation);
}
