package org.orrery.sync;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The protocol over TCP: each request and answer is a frame, a 4-byte length then the bytes. The
 * counts include the frame headers (what really crossed). A phone and its clone on two machines
 * use this; {@link Server} is the clone's side.
 */
public final class SocketTransport implements Transport {

    /** Largest frame accepted: a batch of chunks or a large manifest, not a runaway length. */
    static final int MAX_FRAME = 256 << 20;

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();

    private SocketTransport(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16));
    }

    /** Connects to a {@link Server}; fails with a message naming the address. */
    public static SocketTransport connect(String host, int port, int timeoutMillis) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return new SocketTransport(socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw new SyncException("cannot reach the sync server at " + host + ":" + port + ": " + e, e);
        }
    }

    @Override
    public byte[] call(byte[] request) throws IOException {
        writeFrame(out, request);
        sent.addAndGet(4L + request.length);
        byte[] answer = readFrame(in);
        if (answer == null) {
            throw new EOFException("the server closed the connection");
        }
        received.addAndGet(4L + answer.length);
        return answer;
    }

    @Override
    public long bytesSent() {
        return sent.get();
    }

    @Override
    public long bytesReceived() {
        return received.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }

    static void writeFrame(DataOutputStream out, byte[] frame) throws IOException {
        out.writeInt(frame.length);
        out.write(frame);
        out.flush();
    }

    /** The next frame, or null at a clean end of stream between frames. */
    static byte[] readFrame(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length);
        }
        byte[] frame = new byte[length];
        in.readFully(frame); // EOFException here: a truncated frame
        return frame;
    }

    /**
     * Serves a tree to sync clients, one connection after another (one sync at a time per tree);
     * each connection gets a fresh endpoint from the factory, so a client that vanished leaves the
     * tree's staging to the next. No authentication or encryption: bind it to loopback (the
     * default) and reach it through an SSH tunnel or a VPN. A daemon thread; {@link #close()} stops it.
     */
    public static final class Server implements AutoCloseable {

        private final ServerSocket listener;
        private final Thread acceptor;

        /** Listens on 127.0.0.1:{@code port} (0: any free port). */
        public Server(int port, Supplier<Endpoint> endpoints) {
            this(new InetSocketAddress("127.0.0.1", port), endpoints);
        }

        public Server(InetSocketAddress address, Supplier<Endpoint> endpoints) {
            try {
                this.listener = new ServerSocket();
                listener.bind(address);
            } catch (IOException e) {
                throw new SyncException("cannot listen on " + address + ": " + e, e);
            }
            this.acceptor = new Thread(() -> acceptLoop(endpoints), "orrery-sync-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        public int port() {
            return listener.getLocalPort();
        }

        private void acceptLoop(Supplier<Endpoint> endpoints) {
            while (!listener.isClosed()) {
                Socket s;
                try {
                    s = listener.accept();
                } catch (IOException e) {
                    return; // closed
                }
                serve(s, endpoints);
            }
        }

        private static void serve(Socket s, Supplier<Endpoint> endpoints) {
            try (s) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream(), 1 << 16));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream(), 1 << 16));
                Endpoint endpoint;
                try {
                    endpoint = endpoints.get();
                } catch (SyncException e) {
                    // The tree cannot be opened (in use, not writable): every request gets the reason.
                    byte[] refusal = new Wire.Out(Wire.ERROR).text(e.getMessage()).toBytes();
                    while (readFrame(in) != null) {
                        writeFrame(out, refusal);
                    }
                    return;
                }
                try (EndpointServer server = new EndpointServer(endpoint)) {
                    byte[] request;
                    while ((request = readFrame(in)) != null) {
                        writeFrame(out, server.handle(request));
                    }
                }
            } catch (IOException e) {
                // The client went away mid-frame: its sync failed on its side; staging keeps what arrived.
            }
        }

        @Override
        public void close() {
            try {
                listener.close();
            } catch (IOException e) {
                // closing
            }
        }
    }
}
