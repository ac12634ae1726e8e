package org.zhiben.platform.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A repeatable Flyway migration that loads one of the plan's YAML files into a module's tables. Its checksum is the
 * file's checksum, so Flyway runs it again when the plan data changes; loaders upsert by natural key and never delete
 * rows that recorded work refers to. Modules register subclasses as Spring beans; Boot hands them to Flyway.
 */
public abstract class PlanReferenceDataMigration implements JavaMigration {

    private final PlanDocuments documents;
    private final String fileName;
    private final String description;
    private PlanDocument document;

    protected PlanReferenceDataMigration(PlanDocuments documents, String fileName, String description) {
        this.documents = documents;
        this.fileName = fileName;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return document().checksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        load(document().root(), context.getConnection());
    }

    protected abstract void load(YamlNode root, Connection connection) throws SQLException;

    private synchronized PlanDocument document() {
        if (document == null) {
            document = documents.read(fileName);
        }
        return document;
    }

    /** Binds the values in order and executes the statement. */
    protected static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i] instanceof java.time.LocalDate date ? java.sql.Date.valueOf(date) : values[i]);
            }
            statement.executeUpdate();
        }
    }
}
