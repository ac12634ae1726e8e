package org.zhiben.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiben.benchmarks.BenchmarkReport;

/**
 * Start-up and memory of the packaged application ({@code adapters/target/*-exec.jar}) on its embedded PostgreSQL,
 * launched as its users launch it, in four ways side by side: {@code java -jar} of the packaged jar (the baseline),
 * the same jar extracted ({@code -Djarmode=tools extract}) with a class data sharing archive that a training run made
 * ({@code -XX:ArchiveClassesAtExit}, Java 17's dynamic archive), that launch with its memory capped
 * ({@code zhiben.startup.capped}, default {@link #CAPPED}: the launch README.md recommends), and the capped launch with
 * every bean created at start ({@link #EAGER}), to show what creating beans on first use saves. For each: time from
 * launching the JVM until {@code /actuator/health} answers UP on an empty data folder and on the existing one after a
 * clean shutdown; the time of the first requests after that; resident memory (RSS) 5 s after start-up, and its peak
 * under intake load ({@code POST /api/v1/hazards} from 8 clients for {@code zhiben.startup.load-seconds}, default
 * 20); and, read from the application's own log, when each step of the start on the existing folder ended. The goals:
 * under 10 s, under 600 MiB.
 */
class StartupBenchmark {

    private static final double GOAL_SECONDS = 10;
    private static final long GOAL_MIB = 600;
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("zhiben.startup.load-seconds", 20));
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** The memory settings of the last launch, the one README.md's systemd unit uses. */
    static final String CAPPED = "-Xmx384m";
    private static final List<String> CAPPED_OPTIONS = List.of(System.getProperty("zhiben.startup.capped", CAPPED)
            .trim().split("\\s+"));
    /** Every bean created at start (the application creates them on first use): the training run, the third launch. */
    static final String EAGER = "-Dspring.main.lazy-initialization=false";
    private static final String ADMIN_INITIAL = "Zb-Initial-Secret-2026";
    private static final String COMMAND = "./mvnw -Pbenchmarks -pl adapters -am verify -Dit.test=StartupBenchmark "
            + "-Dfailsafe.failIfNoSpecifiedTests=false";

    /** Steps of a start-up as the application logs them: the first line containing the text marks the step's end. */
    private static final Map<String, List<String>> STEPS = steps();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void start_up_time_and_resident_memory_against_their_goals() throws Exception {
        Path jar = execJar();
        Path extracted = extract(jar);
        Path archive = work.resolve("zhiben.jsa");
        double trainingSeconds = train(extracted, archive);

        Result plain = measure("plain", List.of(), List.of("-jar", jar.toString()));
        Result shared = measure("cds", List.of("-XX:SharedArchiveFile=" + archive),
                List.of("-jar", extracted.toString()));
        List<String> cappedOptions = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        cappedOptions.addAll(CAPPED_OPTIONS);
        List<String> eagerOptions = new ArrayList<>(cappedOptions);
        eagerOptions.add(EAGER);
        Result eager = measure("eager", eagerOptions, List.of("-jar", extracted.toString()));
        Result capped = measure("capped", cappedOptions, List.of("-jar", extracted.toString()));
        List<Result> results = List.of(plain, shared, eager, capped);
        String cappedWay = "extracted + CDS archive + `" + String.join(" ", CAPPED_OPTIONS) + "`";
        List<String> ways = List.of("`java -jar`", "extracted + CDS archive", cappedWay + " + `" + EAGER + "`",
                cappedWay);

        StringBuilder report = new StringBuilder("""
                ## Start-up and memory

                The packaged application on its embedded PostgreSQL, launched in its own process, four ways side by
                side: **`java -jar`** of `zhiben-adapters-…-exec.jar` with the JVM's default memory settings (the
                baseline); **extracted with a class data sharing archive**, default memory settings: the same jar
                extracted once
                (`java -Djarmode=tools -jar zhiben-adapters-…-exec.jar extract --destination app`), a training run
                that writes the archive (`java -XX:ArchiveClassesAtExit=zhiben.jsa -Dspring.context.exit=onRefresh
                %s -jar app/zhiben-adapters-…-exec.jar` on a data folder of its own, every bean created so that the
                archive holds their classes too; it took %.1f s), then
                `java -XX:SharedArchiveFile=zhiben.jsa -jar app/zhiben-adapters-…-exec.jar`; **that launch with
                its memory capped**: `%s` added (the launch of README.md's systemd unit, last column); and, for
                comparison, that launch with every bean created at start (`%s`; the application creates
                a bean when it is first needed). Every launch has
                `-XX:+ExitOnOutOfMemoryError`, so an `OutOfMemoryError` would end the run. Start-up = from
                launching the JVM until `/actuator/health` answers UP. First requests = what the beans left to the
                first use cost: the time of the first requests after start-up (sign-in with the password change, an
                enterprise registered, an API client created and its token issued), 5 s after start-up.
                Memory = resident set (VmRSS) of the JVM
                (PostgreSQL's own processes not counted), %d s after start-up and the peak, sampled every 0.5 s,
                under intake load: 8 clients registering hazards (`POST /api/v1/hazards`, bearer token) for %d s.

                | figure | goal | `java -jar` (baseline) | extracted + CDS archive | extracted + CDS archive, capped, \
                every bean at start | extracted + CDS archive, capped | ratio capped ÷ baseline |
                |---|---|---|---|---|---|---|
                """.formatted(EAGER, trainingSeconds, String.join(" ", CAPPED_OPTIONS), EAGER, SETTLE.toSeconds(),
                LOAD.toSeconds()));
        row(report, "start-up, empty data folder (creates the database, migrates, loads the plan)", "< 10 s",
                results.stream().mapToDouble(Result::emptySeconds).toArray(), "%.1f s", GOAL_SECONDS);
        row(report, "start-up, existing data folder (after a clean shutdown)", "< 10 s",
                results.stream().mapToDouble(Result::existingSeconds).toArray(), "%.1f s", GOAL_SECONDS);
        row(report, "first requests after the start on the existing folder", "–",
                results.stream().mapToDouble(Result::firstRequestsSeconds).toArray(), "%.1f s", Double.MAX_VALUE);
        row(report, "RSS idle, after the start on the existing folder", "< 600 MiB",
                results.stream().mapToDouble(Result::idleMib).toArray(), "%.0f MiB", GOAL_MIB);
        row(report, "RSS peak under intake load (8 clients)", "< 600 MiB",
                results.stream().mapToDouble(Result::loadMib).toArray(), "%.0f MiB", GOAL_MIB);
        report.append("| registrations acknowledged under that load | – |");
        for (Result result : results) {
            report.append(" %,d (%.0f/s) |".formatted(result.registrations(),
                    result.registrations() / (double) LOAD.toSeconds()));
        }
        report.append(" %.2f× |%n".formatted(capped.registrations() / (double) Math.max(1, plain.registrations())));
        report.append("""

                Where the start on the existing data folder spends its time: seconds after launching the JVM at which
                the application's log shows each step done (the embedded PostgreSQL starts on a thread of its own
                while the application context is built, so its line may come before the steps that precede it here).

                | step done | `java -jar` | extracted + CDS archive | extracted + CDS archive, capped, every bean at \
                start | extracted + CDS archive, capped |
                |---|---|---|---|---|
                """);
        for (String step : STEPS.keySet()) {
            report.append("| %s |".formatted(step));
            results.forEach(result -> report.append(" %s |".formatted(at(result.steps(), step))));
            report.append("%n".formatted());
        }
        report.append("| `/actuator/health` UP |");
        results.forEach(result -> report.append(" %.1f s |".formatted(result.existingSeconds())));
        report.append("%n".formatted());
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            String way = ways.get(i);
            if (Math.max(result.emptySeconds(), result.existingSeconds()) >= GOAL_SECONDS) {
                missed.add("start-up under 10 s with " + way);
            }
            if (Math.max(result.idleMib(), result.loadMib()) >= GOAL_MIB) {
                missed.add("RSS under 600 MiB with " + way);
            }
        }
        report.append("\nGoals missed in this run: ").append(missed.isEmpty() ? "none" : String.join("; ", missed))
                .append(".\n\n");
        report.append("Machine: ").append(machine()).append(". Load average (1 min) at the end of the run: ")
                .append("%.1f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(". Command: `").append(COMMAND).append("` (after `./mvnw -DskipTests package`).\n");
        BenchmarkReport.write("startup", report.toString());

        assertThat(results).allSatisfy(result -> {
            assertThat(result.registrations()).as("registrations under load").isPositive();
            assertThat(result.steps().keySet()).as("steps found in the log").containsAll(STEPS.keySet());
        });
    }

    // ------------------------------------------------------------------------------------------------- one way

    private record Result(double emptySeconds, double existingSeconds, double firstRequestsSeconds, double idleMib,
                          double loadMib, int registrations, Map<String, Double> steps) {
    }

    private Result measure(String name, List<String> jvmOptions, List<String> launch) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        ApplicationProcess application = new ApplicationProcess(folder, Map.of(
                "ZHIBEN_ADMIN_INITIAL_PASSWORD", ADMIN_INITIAL, "ZHIBEN_API_RATE_LIMIT", "100000000"),
                jvmOptions, launch);
        try {
            double empty = application.start();
            application.stop();
            double existing = application.start();
            Map<String, Double> steps = steps(application);
            Thread.sleep(SETTLE.toMillis());
            double idle = application.residentKibibytes() / 1024.0;
            AtomicLong peak = new AtomicLong(application.residentKibibytes());
            long begin = System.nanoTime();
            WebSession admin = WebSession.firstSignIn(application, "admin", ADMIN_INITIAL, "Zb-Changed-Secret-2026");
            String enterpriseId = CrashUnderIntakeLoad.registerEnterprise(admin);
            String clientSecret = CrashUnderIntakeLoad.registerApiClient(admin);
            String token = CrashUnderIntakeLoad.token(http, application, clientSecret);
            double firstRequests = (System.nanoTime() - begin) / 1e9;
            int registrations = underIntakeLoad(application, enterpriseId, clientSecret, token, peak);
            return new Result(empty, existing, firstRequests, idle, peak.get() / 1024.0, registrations, steps);
        } finally {
            application.stop();
        }
    }

    /** 8 clients register hazards for {@link #LOAD} while the RSS is sampled; returns the registrations acknowledged. */
    private int underIntakeLoad(ApplicationProcess application, String enterpriseId, String clientSecret,
                                String firstToken, AtomicLong peakKibibytes) throws Exception {
        AtomicReference<String> token = new AtomicReference<>(firstToken);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        String discovered = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CrashUnderIntakeLoad.CLIENTS; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                for (int n = 1; !stop.get(); n++) {
                    String key = "startup-%d-%06d".formatted(client, n);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        application.uri("/api/v1/hazards")).timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token.get()).header("Idempotency-Key", key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"enterpriseId": "%s", "location": "二号仓库东侧",
                                         "description": "危险化学品储罐区安全阀失效", "discoveredOn": "%s",
                                         "channel": "SUPERVISORY_INSPECTION", "sourceReference": "%s"}
                                        """.formatted(enterpriseId, discovered, key))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.incrementAndGet();
                        } else if (response.statusCode() == 401) {
                            token.set(CrashUnderIntakeLoad.token(http, application, clientSecret));
                        } else {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception failed) {
                        synchronized (failures) {
                            failures.add(key + ": " + failed);
                        }
                        return;
                    }
                }
            }, "startup-load-" + client);
            thread.start();
            clients.add(thread);
        }
        long end = System.nanoTime() + LOAD.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(500);
            long rss = application.residentKibibytes();
            peakKibibytes.accumulateAndGet(rss, Math::max);
        }
        stop.set(true);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(90));
        }
        assertThat(failures).as("registrations refused or unanswered").isEmpty();
        return acknowledged.get();
    }

    // ------------------------------------------------------------------------------------------------- preparation

    /** The packaged jar extracted for class data sharing; returns the extracted application jar. */
    private Path extract(Path jar) throws Exception {
        Path destination = work.resolve("app");
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                destination.toString()), work.resolve("extract.log"));
        Path extracted = destination.resolve(jar.getFileName());
        assertThat(extracted).as("the extracted application").exists();
        return extracted;
    }

    /**
     * The training run: starts the extracted application on a data folder of its own until its context is refreshed
     * and writes the classes it loaded into the archive; returns the seconds it took.
     */
    private double train(Path extracted, Path archive) throws Exception {
        long begin = System.nanoTime();
        ProcessBuilder training = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", EAGER, "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai",
                "-jar", extracted.toString(), "--server.port=0");
        training.environment().put("ZHIBEN_DATA_DIR", work.resolve("training").toString());
        training.environment().put("ZHIBEN_ADMIN_INITIAL_PASSWORD", ADMIN_INITIAL);
        run(training, work.resolve("training.log"));
        assertThat(archive).as("the class data sharing archive (see " + work.resolve("training.log") + ")").exists();
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void run(List<String> command, Path log) throws Exception {
        run(new ProcessBuilder(command), log);
    }

    private static void run(ProcessBuilder builder, Path log) throws Exception {
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(builder.command() + " did not end within 10 minutes");
        }
        assertThat(process.exitValue()).as(builder.command() + " (see " + log + ")").isZero();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path execJar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.endsWith("-exec.jar"));
        assertThat(jars).as("the packaged application in target/ (./mvnw -DskipTests package)").isNotEmpty();
        return Arrays.stream(jars).max(Comparator.comparingLong(File::lastModified)).orElseThrow().toPath()
                .toAbsolutePath();
    }

    // ------------------------------------------------------------------------------------------------- the log

    private static Map<String, List<String>> steps() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put("Spring Boot starts (JVM up, launcher's classes loaded)", List.of("Starting ZhibenApplication"));
        steps.put("repositories found (component scan, configuration classes)",
                List.of("Finished Spring Data repository scanning"));
        steps.put("embedded PostgreSQL up", List.of("Embedded PostgreSQL started"));
        steps.put("first database connection", List.of("HikariPool-1 - Start completed"));
        steps.put("Flyway done (validated or migrated)", List.of("is up to date", "Successfully applied"));
        steps.put("Hibernate ready (entity manager factory)", List.of("Initialized JPA EntityManagerFactory"));
        steps.put("Tomcat listening", List.of("Tomcat started on port"));
        steps.put("application started (context refreshed, runners done)", List.of("Started ZhibenApplication in"));
        return steps;
    }

    /** Seconds after launch at which each step's line appears in the log of the application's last start. */
    private static Map<String, Double> steps(ApplicationProcess application) throws IOException {
        Instant launched = application.launchedAt();
        List<String> lines = Files.readAllLines(application.log(), StandardCharsets.UTF_8);
        Map<String, Double> found = new LinkedHashMap<>();
        STEPS.forEach((step, markers) -> lines.stream()
                .filter(line -> markers.stream().anyMatch(line::contains))
                .findFirst()
                .flatMap(StartupBenchmark::timestamp)
                .ifPresent(at -> found.put(step, Duration.between(launched, at).toMillis() / 1000.0)));
        return found;
    }

    private static Optional<Instant> timestamp(String line) {
        int space = line.indexOf(' ');
        try {
            return Optional.of(OffsetDateTime.parse(space < 0 ? line : line.substring(0, space)).toInstant());
        } catch (RuntimeException notATimestamp) {
            return Optional.empty();
        }
    }

    private static String at(Map<String, Double> steps, String step) {
        Double seconds = steps.get(step);
        return seconds == null ? "–" : "%.1f s".formatted(seconds);
    }

    // ------------------------------------------------------------------------------------------------- the report

    /** One row: the figure of each launch, marked when it missed the goal, and the last one's ratio to the first. */
    private static void row(StringBuilder report, String figure, String goal, double[] measured, String format,
                            double limit) {
        report.append("| %s | %s |".formatted(figure, goal));
        for (double value : measured) {
            report.append(" %s%s |".formatted(format.formatted(value), value < limit ? "" : " (missed)"));
        }
        report.append(" %.2f× |%n".formatted(measured[measured.length - 1] / measured[0]));
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> "%d GiB".formatted(Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024)))
                .orElse("?");
        return "%s, %d cores, %s RAM, %s %s, Java %s, %s".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                memory, System.getProperty("os.name"), System.getProperty("os.version"), Runtime.version(),
                LocalDate.now());
    }
}
