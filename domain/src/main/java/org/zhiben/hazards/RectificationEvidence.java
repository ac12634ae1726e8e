package org.zhiben.hazards;

import java.util.List;
import org.zhiben.shared.Require;

/** What the enterprise submits to show the hazard is rectified: a description and at least one attachment. */
public record RectificationEvidence(String description, List<AttachmentRef> attachments) {

    public RectificationEvidence {
        description = Require.maxLength(Require.notBlank(description, "evidence.description"), 2000,
                "evidence.description");
        attachments = List.copyOf(Require.notEmpty(attachments, "evidence.attachments"));
    }
}
