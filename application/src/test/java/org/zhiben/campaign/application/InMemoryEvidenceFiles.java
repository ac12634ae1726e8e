package org.zhiben.campaign.application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;

final class InMemoryEvidenceFiles implements EvidenceFiles {

    private final Map<UUID, EvidenceFile> files = new LinkedHashMap<>();

    @Override
    public EvidenceFile add(int taskNumber, Upload upload, Actor actor) {
        if (upload.content().length == 0) {
            throw new InvalidValueException("file", "campaign.evidence.empty", "the file is empty");
        }
        EvidenceFile file = new EvidenceFile(UUID.randomUUID(), taskNumber, upload.fileName(), upload.contentType(),
                upload.content().length, "0".repeat(64));
        files.put(file.id(), file);
        return file;
    }

    @Override
    public Optional<EvidenceFile> find(UUID id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public List<EvidenceFile> resolve(int taskNumber, List<UUID> ids, String field) {
        List<EvidenceFile> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            EvidenceFile file = files.get(ids.get(i));
            if (file == null || file.taskNumber() != taskNumber) {
                throw new InvalidValueException(field + "[" + i + "]", "campaign.evidence.unknown",
                        "no evidence file " + ids.get(i) + " was uploaded for this task", String.valueOf(ids.get(i)));
            }
            found.add(file);
        }
        return found;
    }

    @Override
    public Optional<Path> content(EvidenceFile file) {
        return Optional.empty();
    }
}
