package org.zhiben.campaign.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.zhiben.campaign.EvidenceFile;
import org.zhiben.shared.Actor;

/** The evidence files uploaded for key tasks: checked and stored before any progress entry cites them. */
public interface EvidenceFiles {

    /** An uploaded file as received. */
    record Upload(String fileName, String contentType, byte[] content) {
    }

    /** Checks and stores the file for the task; refuses it with an {@code InvalidValueException} on field {@code file}. */
    EvidenceFile add(int taskNumber, Upload upload, Actor actor);

    Optional<EvidenceFile> find(UUID id);

    /**
     * The files with these ids uploaded for the task, in this order; an id not uploaded for the task is refused with
     * an {@code InvalidValueException} on {@code field[i]}.
     */
    List<EvidenceFile> resolve(int taskNumber, List<UUID> ids, String field);

    /** Where the content of a stored file is, if it is there. */
    Optional<Path> content(EvidenceFile file);
}
