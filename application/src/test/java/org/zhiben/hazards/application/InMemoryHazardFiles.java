package org.zhiben.hazards.application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;

/** Attachments in memory; an empty file is refused like the real store refuses it. */
final class InMemoryHazardFiles implements HazardFiles {

    private final Map<HazardId, List<AttachmentRef>> stored = new HashMap<>();

    @Override
    public AttachmentRef add(HazardId hazard, Upload upload, Actor actor) {
        if (upload.content().length == 0) {
            throw new InvalidValueException("file", "hazard.attachment.empty", "the file is empty");
        }
        AttachmentRef ref = new AttachmentRef(UUID.randomUUID(), upload.fileName(), upload.contentType(),
                upload.content().length, "0".repeat(64));
        stored.computeIfAbsent(hazard, id -> new ArrayList<>()).add(ref);
        return ref;
    }

    @Override
    public Optional<AttachmentRef> find(HazardId hazard, UUID attachmentId) {
        return stored.getOrDefault(hazard, List.of()).stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    @Override
    public List<AttachmentRef> resolve(HazardId hazard, List<UUID> ids, String field) {
        List<AttachmentRef> refs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String indexed = field + "[" + i + "]";
            refs.add(find(hazard, id).orElseThrow(() -> new InvalidValueException(indexed,
                    "hazard.attachment.unknown", "no attachment " + id + " was uploaded for this hazard")));
        }
        return refs;
    }

    @Override
    public Optional<Path> content(AttachmentRef attachment) {
        return Optional.empty();
    }
}
