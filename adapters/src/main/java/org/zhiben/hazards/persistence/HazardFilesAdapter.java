package org.zhiben.hazards.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.AttachmentRef;
import org.zhiben.hazards.HazardId;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Qualifier;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileStore;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;

/**
 * Files uploaded for a hazard: a row of {@code hazards.major_hazard_attachment} each, their content in the
 * {@link FileStore}, checked by the hazard attachments' {@link FileContentRules} before anything is stored.
 */
@Component
class HazardFilesAdapter implements HazardFiles {

    private final AttachmentRepository repository;
    private final FileContentRules rules;
    private final FileStore files;
    private final Clock clock;

    HazardFilesAdapter(AttachmentRepository repository, @Qualifier("hazardAttachmentRules") FileContentRules rules, FileStore files, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public AttachmentRef add(HazardId hazard, Upload upload, Actor actor) {
        String fileName = upload.fileName();
        byte[] content = upload.content();
        String declaredType = upload.contentType();
        String name = fileName == null || fileName.isBlank() ? "attachment" : stripPath(fileName);
        String type = rules.check(content, declaredType);
        String digest = files.store(content);
        AttachmentRef ref = new AttachmentRef(UUID.randomUUID(), name, type, content.length, digest);
        repository.save(new AttachmentJpaEntity(ref.id(), hazard.value(), ref.fileName(), ref.contentType(),
                ref.size(), ref.sha256(), actor.username(), clock.instant()));
        return ref;
    }

    @Override
    public Optional<AttachmentRef> find(HazardId hazard, UUID attachmentId) {
        return repository.findByHazardIdAndIdIn(hazard.value(), List.of(attachmentId)).stream().findFirst()
                .map(HazardFilesAdapter::toRef);
    }

    @Override
    public List<AttachmentRef> resolve(HazardId hazard, List<UUID> ids, String field) {
        List<AttachmentJpaEntity> found = repository.findByHazardIdAndIdIn(hazard.value(), ids);
        List<AttachmentRef> refs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String indexed = field + "[" + i + "]";
            refs.add(found.stream().filter(e -> e.getId().equals(id)).findFirst().map(HazardFilesAdapter::toRef)
                    .orElseThrow(() -> new InvalidValueException(indexed, "hazard.attachment.unknown",
                            "no attachment " + id + " was uploaded for this hazard", id.toString())));
        }
        return refs;
    }

    @Override
    public Optional<Path> content(AttachmentRef attachment) {
        return files.find(attachment.sha256());
    }

    private static AttachmentRef toRef(AttachmentJpaEntity e) {
        return new AttachmentRef(e.getId(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256());
    }

    private static String stripPath(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "attachment" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
