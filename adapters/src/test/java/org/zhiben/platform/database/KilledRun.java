package org.zhiben.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A run of the application's database start-up in its own JVM, for {@link EmbeddedPostgresRestartTest}: it starts the
 * embedded PostgreSQL on the given data folder, writes a row, says READY and waits to be killed.
 */
public final class KilledRun {

    private KilledRun() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(
                EmbeddedPostgresConfiguration.directory(args[0]), 0);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (v text); insert into kept values ('记录')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
