package org.zhiben.platform.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port of the loopback interface, started on first
 * use and stopped when the JVM exits. Every Spring test context sends its mails here (see
 * {@link TestPostgresContextCustomizerFactory}); the server is shared, so tests look only at the mails to the
 * addresses they made up.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-mail-stop"));
            server = started;
        }
        return server;
    }

    public static int port() {
        return get().getSmtp().getPort();
    }

    /** The mails received so far whose recipients include the address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(get().getReceivedMessages()).filter(message -> recipients(message).contains(address))
                .toList();
    }

    /** Waits until at least {@code count} mails to the address have arrived, and returns them. */
    public static List<MimeMessage> awaitTo(String address, int count, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = to(address);
        }
        return received;
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable test mail", e);
        }
    }
}
