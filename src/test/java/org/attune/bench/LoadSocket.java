package org.attune.bench;

import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.websockets.client.WebSocketClient;
import io.undertow.websockets.client.WebSocketClientNegotiation;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.Xnio;
import org.xnio.XnioWorker;

/**
 * One WebSocket of the load generator, on Undertow's XNIO client: it costs the
 * generator far less CPU per frame than the JDK's client, so the generator
 * does not crowd out the server it measures on the same machine.
 */
final class LoadSocket implements AutoCloseable {

    /** The generator's I/O threads and buffers, shared by all its sockets. */
    static final class Pool implements AutoCloseable {
        final XnioWorker worker;
        final ByteBufferPool buffers = new DefaultByteBufferPool(false, 16 * 1024);

        Pool(int ioThreads) {
            try {
                worker = Xnio.getInstance(LoadSocket.class.getClassLoader())
                        .createWorker(OptionMap.builder()
                                .set(Options.WORKER_IO_THREADS, ioThreads)
                                .set(Options.TCP_NODELAY, true)
                                .set(Options.CONNECTION_HIGH_WATER, 100_000)
                                .set(Options.CONNECTION_LOW_WATER, 100_000)
                                .getMap());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    private final WebSocketChannel channel;

    private LoadSocket(WebSocketChannel channel) {
        this.channel = channel;
    }

    /**
     * Opens a socket; each text frame that arrives goes to {@code onText}.
     *
     * @param subprotocol the subprotocol to ask for, or null
     * @param bearer an access token for the handshake, or null
     */
    static LoadSocket open(
            Pool pool, URI uri, String subprotocol, String bearer, String origin, Consumer<String> onText)
            throws IOException {
        WebSocketClientNegotiation negotiation =
                new WebSocketClientNegotiation(subprotocol == null ? List.of() : List.of(subprotocol), List.of()) {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                        if (bearer != null) {
                            headers.put("Authorization", List.of("Bearer " + bearer));
                        }
                        headers.put("Origin", List.of(origin));
                    }
                };
        WebSocketChannel channel = WebSocketClient.connectionBuilder(pool.worker, pool.buffers, uri)
                .setClientNegotiation(negotiation)
                .connect()
                .get();
        channel.getReceiveSetter().set(new AbstractReceiveListener() {
            @Override
            protected void onFullTextMessage(WebSocketChannel ch, BufferedTextMessage message) {
                onText.accept(message.getData());
            }
        });
        channel.resumeReceives();
        return new LoadSocket(channel);
    }

    void send(String text) {
        WebSockets.sendText(text, channel, null);
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() {
        try {
            channel.sendClose();
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
