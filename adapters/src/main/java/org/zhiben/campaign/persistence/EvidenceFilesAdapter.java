package org.zhiben.campaign.persistence;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.EvidenceFile;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileStore;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;

/**
 * Evidence files of key tasks: a row of {@code campaign.evidence_file} each, their content in the {@link FileStore},
 * checked by the campaign evidence's {@link FileContentRules} before anything is stored.
 */
@Component
class EvidenceFilesAdapter implements EvidenceFiles {

    private static final String COLUMNS = "id, task_number, file_name, content_type, size_bytes, sha256";

    private final JdbcClient jdbc;
    private final FileContentRules rules;
    private final FileStore store;
    private final Clock clock;

    EvidenceFilesAdapter(JdbcClient jdbc, @Qualifier("campaignEvidenceRules") FileContentRules rules, FileStore store,
                         Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public EvidenceFile add(int taskNumber, Upload upload, Actor actor) {
        byte[] content = upload.content();
        String type = rules.check(content, upload.contentType());
        String digest = store.store(content);
        EvidenceFile file = new EvidenceFile(UUID.randomUUID(), taskNumber, name(upload.fileName()), type,
                content.length, digest);
        jdbc.sql("""
                        INSERT INTO campaign.evidence_file (id, task_number, file_name, content_type, size_bytes, sha256,
                                                            uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), taskNumber, file.fileName(), file.contentType(), file.size(), file.sha256(),
                        actor.username(), java.sql.Timestamp.from(clock.instant()))
                .update();
        return file;
    }

    @Override
    public Optional<EvidenceFile> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign.evidence_file WHERE id = ?").param(id)
                .query((rs, n) -> file(rs)).optional();
    }

    @Override
    public List<EvidenceFile> resolve(int taskNumber, List<UUID> ids, String field) {
        List<EvidenceFile> resolved = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String indexed = field + "[" + i + "]";
            resolved.add(find(id).filter(file -> file.taskNumber() == taskNumber)
                    .orElseThrow(() -> new InvalidValueException(indexed, "campaign.evidence.unknown",
                            "no evidence file " + id + " was uploaded for this task", String.valueOf(id))));
        }
        return resolved;
    }

    @Override
    public Optional<Path> content(EvidenceFile file) {
        return store.find(file.sha256());
    }

    static EvidenceFile file(ResultSet rs) throws SQLException {
        return new EvidenceFile(rs.getObject("id", UUID.class), rs.getInt("task_number"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"));
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "evidence";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "evidence" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
