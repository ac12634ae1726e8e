package org.zhiben.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts off a client that sends its request body too slowly. Tomcat's connection timeout bounds each wait for the next
 * bytes, but a client that trickles a byte every few seconds would hold a request thread for as long as it likes. Here
 * every read of the body (the application's, and Tomcat's own when it parses a form or an upload) is timed: once the
 * time spent waiting for the body exceeds the grace period, the body must have come in at the minimum average rate,
 * or the read fails, Tomcat stops reading the body and closes the connection after the answer (408, unless the answer
 * has begun), and the thread is free.
 */
public class SlowRequestBodies extends ValveBase {

    private static final Logger log = LoggerFactory.getLogger(SlowRequestBodies.class);

    private final long graceNanos;
    private final long minBytesPerSecond;

    public SlowRequestBodies(Duration grace, long minBytesPerSecond) {
        super(true);
        this.graceNanos = grace.toNanos();
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        InputBuffer original = coyote.getInputBuffer();
        TimedBody body = new TimedBody(original, coyote, request.getRequestURI());
        coyote.setInputBuffer(body);
        try {
            getNext().invoke(request, response);
        } finally {
            coyote.setInputBuffer(original);
        }
        if (body.cutOff && !response.isCommitted()) {
            // whatever the application made of the failed read: 408, answered by the error dispatch like any refusal
            request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
            response.reset();
            response.resetError();
            response.sendError(HttpServletResponse.SC_REQUEST_TIMEOUT);
        }
    }

    /** The request body as Tomcat reads it, with the bytes received and the time spent waiting for them. */
    private final class TimedBody implements InputBuffer {

        private final InputBuffer body;
        private final org.apache.coyote.Request request;
        private final String uri;
        private long bytes;
        private long waitedNanos;
        private boolean cutOff;

        TimedBody(InputBuffer body, org.apache.coyote.Request request, String uri) {
            this.body = body;
            this.request = request;
            this.uri = uri;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            long start = System.nanoTime();
            int read;
            try {
                read = body.doRead(handler);
            } finally {
                waitedNanos += System.nanoTime() - start;
            }
            if (read > 0) {
                bytes += read;
            }
            if (read >= 0 && waitedNanos > graceNanos && bytes * 1_000_000_000L / waitedNanos < minBytesPerSecond) {
                // read no more of this body, not even to keep the connection: it is closed after the answer
                request.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                cutOff = true;
                log.warn("Request {} cut off: {} bytes of its body in {} ms", uri, bytes, waitedNanos / 1_000_000);
                throw new SlowRequestBodyException(bytes, waitedNanos / 1_000_000);
            }
            return read;
        }

        @Override
        public int available() {
            return body.available();
        }
    }

    /** A request body that came in more slowly than the minimum rate. */
    public static class SlowRequestBodyException extends IOException {

        SlowRequestBodyException(long bytes, long millis) {
            super("request body too slow: " + bytes + " bytes in " + millis + " ms");
        }
    }
}
