package org.zhiben.platform.testing;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to PostgreSQL on the calling thread while {@link #during} runs: every statement
 * executed (a batch counts once per row added to it) with its SQL, and every transaction — a commit, or a statement
 * run in auto-commit mode, which PostgreSQL runs as a transaction of its own. Import {@link Configuration} into a
 * {@code @SpringBootTest}: it wraps the application's {@link DataSource}, so Hibernate, {@code JdbcTemplate}, Flyway
 * and Spring Modulith are counted alike. Work of other threads (event listeners after the commit) is not counted.
 */
public final class CountedStatements {

    private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");

    /** What one piece of work sent to the database. */
    public record Recording(List<String> statements, int[] transactions) {

        public int transactionCount() {
            return transactions[0];
        }

        @Override
        public String toString() {
            return statements.size() + " statements in " + transactionCount() + " transactions:\n  "
                    + String.join("\n  ", statements);
        }
    }

    private CountedStatements() {
    }

    /** Runs {@code work} on this thread and says what it sent to the database. */
    public static <T> Recording during(Supplier<T> work) {
        Recording recording = new Recording(new ArrayList<>(), new int[1]);
        RECORDING.set(recording);
        try {
            work.get();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }

    private static void counted(String sql, boolean autoCommit) {
        Recording recording = RECORDING.get();
        if (recording != null) {
            recording.statements().add(sql.replaceAll("\\s+", " ").strip());
            if (autoCommit) {
                recording.transactions()[0]++;
            }
        }
    }

    private static void committed() {
        Recording recording = RECORDING.get();
        if (recording != null) {
            recording.transactions()[0]++;
        }
    }

    /** Wraps the application's data source in a counting one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countedStatementsDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(dataSource) : bean;
                }
            };
        }
    }

    /** The counting data source; closing it closes the pool it wraps. */
    static final class CountingDataSource extends DelegatingDataSource implements Closeable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof Closeable closeable) {
                closeable.close();
            }
        }

        private static Connection connection(Connection target) {
            return (Connection) Proxy.newProxyInstance(CountedStatements.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new InvocationHandler() {
                        @Override
                        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                            if (method.getName().equals("commit")) {
                                committed();
                            }
                            Object result = call(target, method, args);
                            if (result instanceof PreparedStatement prepared && args != null
                                    && args[0] instanceof String sql) {
                                return statement(prepared, prepared instanceof CallableStatement
                                        ? CallableStatement.class : PreparedStatement.class, sql, target);
                            }
                            if (result instanceof Statement plain) {
                                return statement(plain, Statement.class, null, target);
                            }
                            return result;
                        }
                    });
        }

        private static Object statement(Statement target, Class<?> type, String prepared, Connection connection) {
            List<String> batch = new ArrayList<>();
            return Proxy.newProxyInstance(CountedStatements.class.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("addBatch")) {
                            batch.add(args != null && args.length == 1 && args[0] instanceof String sql ? sql
                                    : prepared);
                        } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                            boolean autoCommit = connection.getAutoCommit();
                            batch.forEach(sql -> counted(sql, false));
                            if (autoCommit && !batch.isEmpty()) {
                                committed();
                            }
                            batch.clear();
                        } else if (EXECUTIONS.contains(name)) {
                            counted(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                                    : prepared, connection.getAutoCommit());
                        }
                        return call(target, method, args);
                    });
        }

        private static Object call(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
