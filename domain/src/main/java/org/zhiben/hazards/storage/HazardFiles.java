package org.zhiben.hazards.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Actor;

/**
 * Files uploaded for a hazard (evidence, photos). A file is checked before anything is stored: a refused file leaves
 * neither a record nor a file behind.
 */
public interface HazardFiles {

    /** An uploaded file as received. */
    record Upload(String fileName, String contentType, byte[] content) {
    }

    /** Checks and stores the file; refuses it with an {@code InvalidValueException} on field {@code file}. */
    AttachmentRef add(HazardId hazard, Upload upload, Actor actor);

    Optional<AttachmentRef> find(HazardId hazard, UUID attachmentId);

    /** The attachments of the hazard with these ids, in this order; an id not uploaded for it is refused. */
    List<AttachmentRef> resolve(HazardId hazard, List<UUID> ids, String field);

    /** Where the content of a stored attachment is, if it is there. */
    Optional<Path> content(AttachmentRef attachment);
}
