package org.zhiben.enforcement.storage;

import java.nio.file.Path;
import java.util.Optional;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.hazards.AttachmentRef;

/** Where the photos and documents of inspections are kept (write port, internal to enforcement). */
public interface EvidenceFiles {

    /**
     * Checks the file by its content (type, size) and stores it; refuses it with an
     * {@link org.zhiben.shared.InvalidValueException} on field {@code file}.
     */
    AttachmentRef store(EvidenceUpload upload);

    /** Where the content of a stored file is, if it is there. */
    Optional<Path> content(AttachmentRef file);
}
