package org.zhiben.reporting.storage;

import java.nio.file.Path;
import java.util.Optional;
import org.zhiben.reporting.PolicyAttachment;
import org.zhiben.reporting.PolicyDocumentUpload;

/** Where the issued documents of policies are kept, checked by their content before they are stored. */
public interface PolicyFiles {

    /**
     * Checks and stores the file.
     *
     * @throws org.zhiben.shared.InvalidValueException (field {@code file}) when it is empty, too large or of a type
     *                                                 not accepted
     */
    PolicyAttachment store(PolicyDocumentUpload upload);

    /** The stored content of the attachment, if it is there. */
    Optional<Path> content(PolicyAttachment attachment);
}
