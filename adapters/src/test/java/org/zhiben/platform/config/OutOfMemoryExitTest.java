package org.zhiben.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An {@link OutOfMemoryError} never leaves a half-dead process: the JVM options the application is launched with
 * ({@code spring-boot:run}'s {@code jvmArguments} in adapters/pom.xml, and the systemd unit in the README) end the
 * process, so that a supervisor restarts it. Shown with a process whose background thread runs out of memory while its
 * main thread would otherwise go on forever — as Tomcat's poller did.
 */
class OutOfMemoryExitTest {

    @Test
    void the_launch_options_end_the_process_when_a_background_thread_runs_out_of_memory() throws Exception {
        List<String> jvmArguments = launchArguments();
        assertThat(jvmArguments).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(Files.readString(projectRoot().resolve("README.md"), StandardCharsets.UTF_8))
                .contains("-XX:+ExitOnOutOfMemoryError");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.addAll(List.of("-Xmx48m", "-cp", System.getProperty("java.class.path"),
                OutOfMemoryRun.class.getName()));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = run.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).as("the process ended by itself").isTrue();
        assertThat(output).contains("ALLOCATING").doesNotContain("STILL ALIVE");
        assertThat(run.exitValue()).isEqualTo(3);
    }

    private static List<String> launchArguments() throws Exception {
        String pom = Files.readString(projectRoot().resolve("adapters/pom.xml"), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("<jvmArguments>([^<]*)</jvmArguments>").matcher(pom);
        assertThat(matcher.find()).as("spring-boot:run has jvmArguments").isTrue();
        return Arrays.stream(matcher.group(1).strip().split("\\s+")).toList();
    }

    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("adapters/pom.xml")) ? here : here.getParent();
    }

    /** Runs out of memory on a background thread while the main thread stays alive. */
    public static final class OutOfMemoryRun {

        private OutOfMemoryRun() {
        }

        public static void main(String[] args) throws InterruptedException {
            Thread hog = new Thread(() -> {
                List<long[]> kept = new ArrayList<>();
                System.out.println("ALLOCATING");
                System.out.flush();
                while (true) {
                    kept.add(new long[1 << 20]);
                }
            }, "hog");
            hog.start();
            hog.join();
            Thread.sleep(5_000);
            System.out.println("STILL ALIVE");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
