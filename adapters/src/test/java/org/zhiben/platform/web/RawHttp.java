package org.zhiben.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A minimal HTTP/1.1 client over a plain socket, for requests ordinary clients refuse to send (an encoded {@code /} or
 * NUL in the path, a 10 KB query value, a malformed multipart body): the request goes to the server byte for byte.
 */
public final class RawHttp {

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * Checks liveness every 100 ms until {@code done} is set, each check on a connection of its own; the slowest
     * answer in milliseconds. Fails if a check is not answered 200.
     */
    public Callable<Long> healthLatencyUntil(AtomicBoolean done) {
        return () -> {
            long slowest = 0;
            while (!done.get()) {
                long start = System.nanoTime();
                Response health = send("GET", "/actuator/health/liveness", Map.of(), null);
                if (health.status() != 200) {
                    throw new AssertionError("health answered " + health.status());
                }
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                Thread.sleep(100);
            }
            return slowest;
        };
    }

    /** Sends the request line, the headers (each {@code Name: value}) and the body; closes the connection after. */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        return exchange(method, target, headers, body, body != null);
    }

    /** Like {@link #send} but without a {@code Content-Length}: the headers say how the body is framed. */
    public Response sendRaw(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        return exchange(method, target, headers, body, false);
    }

    private Response exchange(String method, String target, Map<String, String> headers, byte[] body,
                              boolean withLength) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, String> header : headers.entrySet()) {
                request.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (withLength) {
                request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer and close before reading the whole body
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all;
        try {
            all = in.readAllBytes();
        } catch (java.net.SocketException reset) {
            all = new byte[0];
        }
        String text = new String(all, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Response(-1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the body is ASCII or UTF-8 problem JSON, so count on the bytes
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
            body.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
        return body.toString();
    }
}
