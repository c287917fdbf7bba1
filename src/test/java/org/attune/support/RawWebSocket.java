package org.attune.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket client written against the wire format, for frames that well-behaved
 * clients never send: invalid UTF-8, or one frame split into many pieces.
 */
public final class RawWebSocket implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
    }

    /** Opens a socket with a bearer token and the attune.v1 subprotocol; fails unless the server answers 101. */
    public static RawWebSocket open(String baseUrl, String path, String token) throws IOException {
        URI uri = URI.create(baseUrl);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(15_000);
        RawWebSocket ws = new RawWebSocket(socket);
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: attune.v1\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n";
        ws.out.write(request.getBytes(StandardCharsets.US_ASCII));
        ws.out.flush();
        String status = ws.readLine();
        if (!status.contains(" 101 ")) {
            socket.close();
            throw new IOException("Handshake refused: " + status);
        }
        while (!ws.readLine().isEmpty()) {
            // headers
        }
        return ws;
    }

    /** What the server answered a handshake with: its status and, when it refused, the reason it gave. */
    public record Answer(int status, String body) {}

    /**
     * Sends a handshake for the attune.v1 subprotocol with exactly the given
     * extra headers (e.g. only a session cookie) and returns the HTTP status
     * the server answers with; the connection is closed either way.
     */
    public static int handshakeStatus(String baseUrl, String path, java.util.Map<String, String> headers)
            throws IOException {
        return handshake(baseUrl, path, headers).status();
    }

    /** As {@link #handshakeStatus}, with the body of a refusal (empty when the socket opened). */
    public static Answer handshake(String baseUrl, String path, java.util.Map<String, String> headers)
            throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(15_000);
            RawWebSocket ws = new RawWebSocket(socket);
            byte[] key = new byte[16];
            RANDOM.nextBytes(key);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(uri.getHost())
                    .append(':')
                    .append(uri.getPort())
                    .append("\r\n")
                    .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                    .append("Sec-WebSocket-Key: ")
                    .append(Base64.getEncoder().encodeToString(key))
                    .append("\r\n")
                    .append("Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: attune.v1\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            ws.out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            ws.out.flush();
            int status = Integer.parseInt(ws.readLine().split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            for (String header = ws.readLine(); !header.isEmpty(); header = ws.readLine()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(
                            header.substring("content-length:".length()).strip());
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (status != 101 && chunked) {
                for (int size = Integer.parseInt(ws.readLine().strip(), 16);
                        size > 0;
                        size = Integer.parseInt(ws.readLine().strip(), 16)) {
                    body.write(ws.in.readNBytes(size));
                    ws.readLine();
                }
            } else if (status != 101) {
                body.write(ws.in.readNBytes(length));
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }
    }

    public void sendText(byte[] payload) throws IOException {
        sendFragment(payload, true, true);
    }

    /** Sends one frame: the first of a message is a text frame, the others continuation frames. */
    public void sendFragment(byte[] payload, boolean first, boolean last) throws IOException {
        sendFrame((last ? 0x80 : 0) | (first ? 0x1 : 0x0), payload);
    }

    /** Sends a ping frame. */
    public void sendPing(byte[] payload) throws IOException {
        sendFrame(0x80 | 0x9, payload);
    }

    /** Sends a pong frame that no ping asked for. */
    public void sendPong(byte[] payload) throws IOException {
        sendFrame(0x80 | 0xA, payload);
    }

    private void sendFrame(int firstByte, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(firstByte);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int i = 7; i >= 0; i--) {
                frame.write((int) ((long) payload.length >> (8 * i)) & 0xff);
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    private record Frame(int opcode, byte[] payload) {}

    /** Reads one frame; null at the end of the stream. */
    private Frame readFrame() throws IOException {
        int b0 = in.read();
        if (b0 == -1) {
            return null;
        }
        int b1 = in.readUnsignedByte();
        long length = b1 & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(b0 & 0x0f, payload);
    }

    /**
     * The next text frame the server sends, skipping pings and pongs; fails
     * when the server closes first or sends nothing within {@code wait}.
     */
    public String nextText(java.time.Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        for (Frame frame = readFrame(); frame != null; frame = readFrame()) {
            if (frame.opcode() == 0x1) {
                return new String(frame.payload(), StandardCharsets.UTF_8);
            }
            if (frame.opcode() == 0x8) {
                throw new java.io.EOFException("The server closed the socket");
            }
        }
        throw new java.io.EOFException("The connection ended");
    }

    /** Reads frames until the server's close frame and returns its status code. */
    public int awaitCloseCode() throws IOException {
        for (Frame frame = readFrame(); frame != null; frame = readFrame()) {
            if (frame.opcode() == 0x8) {
                byte[] p = frame.payload();
                return p.length >= 2 ? ((p[0] & 0xff) << 8) | (p[1] & 0xff) : 1005;
            }
        }
        throw new java.io.EOFException("The connection ended without a close frame");
    }

    /**
     * Reads frames until the server's close frame and returns its status code;
     * fails when none has come within {@code within}, however much else came.
     */
    public int awaitCloseCode(java.time.Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        for (Frame frame = readFrame(); frame != null; frame = readFrame()) {
            if (frame.opcode() == 0x8) {
                byte[] p = frame.payload();
                return p.length >= 2 ? ((p[0] & 0xff) << 8) | (p[1] & 0xff) : 1005;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The server did not close the connection within " + within);
            }
        }
        throw new java.io.EOFException("The connection ended without a close frame");
    }

    /**
     * Reads (and never answers) whatever the server sends until it closes the
     * connection or sends a close frame; {@code false} if it is still open
     * after {@code wait}.
     */
    public boolean awaitEnd(java.time.Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            for (Frame frame = readFrame(); frame != null; frame = readFrame()) {
                if (frame.opcode() == 0x8) {
                    return true;
                }
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.io.EOFException | java.net.SocketException e) {
            return true;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
