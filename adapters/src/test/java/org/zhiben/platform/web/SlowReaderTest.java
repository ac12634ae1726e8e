package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Clients that read a large answer very slowly, or stop reading it, against the real embedded server. The answer is a
 * 7 MB static file and the clients' receive buffers are made tiny, so that neither the kernel's buffers on the client's
 * side nor the server's send buffer (at most 4 MB on Linux) can take the whole answer: the server's write blocks, and
 * a request thread is held by it. Tomcat's connection timeout bounds that wait (3 s here instead of the 20 s of
 * {@code application.yaml}): the thread is free again after it, while health checks are answered throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.connection-timeout=3s",
        "server.tomcat.keep-alive-timeout=3s"})
class SlowReaderTest {

    /** A public static file larger than every buffer between the server and the client. */
    private static final String LARGE = "/webjars/echarts/dist/echarts.js.map";

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void clients_that_stop_reading_a_large_answer_are_cut_off_after_the_timeout_while_health_answers()
            throws Exception {
        long length = fullLength();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean done = new AtomicBoolean();
        List<Socket> stalled = new ArrayList<>();
        try {
            int before = busyThreads();
            Future<Long> slowest = pool.submit(new RawHttp(port).healthLatencyUntil(done));
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                stalled.add(request(LARGE));
            }
            Thread.sleep(1_500);
            assertThat(leastBusyThreads()).as("request threads blocked writing to the readers that stopped")
                    .isGreaterThanOrEqualTo(before + 3);
            Duration freed = busyThreadsSettle(before, Duration.ofSeconds(20));
            Duration stall = Duration.ofNanos(System.nanoTime() - start);
            // the 3 s connection timeout, not the minutes the answer would take
            assertThat(stall).as("until the threads were free").isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
            assertThat(freed).isNotNull();
            for (Socket socket : stalled) {
                assertThat(readToEnd(socket, 0, Duration.ofSeconds(10))).as("bytes the stalled client got")
                        .isLessThan(length);
            }
            done.set(true);
            assertThat(slowest.get(5, TimeUnit.SECONDS)).as("slowest health check during the stall (ms)")
                    .isLessThan(2_500);
        } finally {
            done.set(true);
            pool.shutdownNow();
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void a_client_that_reads_a_large_answer_very_slowly_holds_its_thread_no_longer_than_the_timeout()
            throws Exception {
        long length = fullLength();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean done = new AtomicBoolean();
        int before = busyThreads();
        try (Socket socket = request(LARGE)) {
            Future<Long> slowest = pool.submit(new RawHttp(port).healthLatencyUntil(done));
            long start = System.nanoTime();
            // 1 KB every 250 ms, on and on: at this rate the whole answer would take half an hour
            Future<Long> received = pool.submit(() -> readToEnd(socket, 250, Duration.ofSeconds(12)));
            Thread.sleep(1_500);
            assertThat(leastBusyThreads()).as("request thread blocked writing to the slow reader")
                    .isGreaterThanOrEqualTo(before + 1);
            Duration freed = busyThreadsSettle(before, Duration.ofSeconds(20));
            Duration held = Duration.ofNanos(System.nanoTime() - start);
            assertThat(freed).as("the thread is free again").isNotNull();
            // the 3 s connection timeout, not the half hour the answer would take at the reader's pace
            assertThat(held).as("until the thread was free").isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
            done.set(true);
            assertThat(slowest.get(5, TimeUnit.SECONDS)).as("slowest health check (ms)").isLessThan(2_500);
            // what the kernel had taken of the answer before the server gave up is still delivered, but not all
            assertThat(received.get(20, TimeUnit.SECONDS)).as("bytes the slow client got").isLessThan(length);
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }

    /** The large file's length, read by a client that reads at full speed: it gets all of it. */
    private long fullLength() throws IOException {
        try (Socket socket = request(LARGE)) {
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            String head = head(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            long length = Long.parseLong(head.replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
            assertThat(length).as("larger than every buffer on the way").isGreaterThan(6_000_000);
            assertThat(in.readAllBytes()).hasSize((int) length);
            return length;
        }
    }

    /** A GET on a connection whose receive buffer is as small as the operating system allows. */
    private Socket request(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new java.net.InetSocketAddress("localhost", port));
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /**
     * Reads what is left, 1 KB at a time with a pause between reads, until the server closes the connection or
     * {@code limit} has passed; the bytes received.
     */
    private static long readToEnd(Socket socket, long pauseMillis, Duration limit) throws IOException {
        socket.setSoTimeout(5_000);
        InputStream in = socket.getInputStream();
        long deadline = System.nanoTime() + limit.toNanos();
        long received = 0;
        byte[] chunk = new byte[1024];
        try {
            int read;
            while (System.nanoTime() < deadline && (read = in.read(chunk)) >= 0) {
                received += read;
                if (pauseMillis > 0) {
                    sleep(pauseMillis);
                }
            }
        } catch (SocketException reset) {
            // the server closed the connection with unread data: what was received so far counts
        }
        return received;
    }

    private org.apache.tomcat.util.threads.ThreadPoolExecutor executor() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return (org.apache.tomcat.util.threads.ThreadPoolExecutor) server.getTomcat().getConnector()
                .getProtocolHandler().getExecutor();
    }

    /** Request threads busy now. */
    private int busyThreads() {
        return executor().getActiveCount();
    }

    /** The fewest request threads busy in five looks 50 ms apart: a health check under way in one look does not count. */
    private int leastBusyThreads() {
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            least = Math.min(least, busyThreads());
            sleep(50);
        }
        return least;
    }

    /** Waits until no more threads than {@code before} are busy; how long that took, or null. */
    private Duration busyThreadsSettle(int before, Duration wait) {
        long start = System.nanoTime();
        while (executor().getActiveCount() > before) {
            if (System.nanoTime() - start > wait.toNanos()) {
                return null;
            }
            sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
