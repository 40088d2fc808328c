package io.github.miniflare4j.sockets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One TCP connection of a worker. Blocking calls run on the I/O executor; every callback into
 * JavaScript is handed to {@code deliver}, which runs it on the isolate's loop. The script calls
 * {@link #read} again only after the previous read delivered, and {@link #write} one chunk at a
 * time (the streams guarantee both), so the connection needs no locking beyond its socket future.
 */
public final class TcpConnection {

  private final String hostname;
  private final int port;
  private final Executor io;
  private final Consumer<Runnable> deliver;
  private final Consumer<TcpConnection> onClosed;
  private final Supplier<Runnable> operations;
  // ends this connection's count among the worker's outstanding host operations (idempotent)
  private final Runnable operation;
  private final CompletableFuture<Socket> socket = new CompletableFuture<>();
  private volatile boolean closed;
  // the outcome of connecting (onOpen or onFail) is queued on the worker's loop
  private volatile boolean attemptDelivered;

  TcpConnection(String hostname, int port, Executor io, Consumer<Runnable> deliver, Consumer<TcpConnection> onClosed,
      Supplier<Runnable> operations) {
    this.hostname = hostname;
    this.port = port;
    this.io = io;
    this.deliver = deliver;
    this.onClosed = onClosed;
    this.operations = operations;
    this.operation = operations.get();
  }

  /** Connects in the background, from the start in TLS when {@code tls}. */
  void open(boolean tls, Value onOpen, Value onFail) {
    io.execute(() -> {
      Socket s = new Socket();
      try {
        s.connect(new InetSocketAddress(hostname, port), SocketLimits.CONNECT_TIMEOUT_MILLIS);
        Socket ready = tls ? upgrade(s) : s;
        settleOpen(ready, onOpen);
      } catch (IOException | RuntimeException e) {
        closeQuietly(s);
        fail(e, onFail);
      }
    });
  }

  /** A connection that continues {@code plain} in TLS, for {@code startTls()}. */
  private TcpConnection(TcpConnection plain) {
    this(plain.hostname, plain.port, plain.io, plain.deliver, plain.onClosed, plain.operations);
  }

  /**
   * Upgrades the connection to TLS ({@code startTls()}): the returned connection speaks TLS over
   * the same socket; this one must not be used any more.
   *
   * @param onOpen called on the loop once the handshake completed
   * @param onFail called on the loop with a message when it failed
   * @return the TLS connection
   */
  @HostAccess.Export
  public TcpConnection startTls(Value onOpen, Value onFail) {
    TcpConnection secure = new TcpConnection(this);
    socket.whenCompleteAsync((plain, error) -> {
      if (error != null) {
        secure.fail(error, onFail);
        return;
      }
      try {
        secure.settleOpen(secure.upgrade(plain), onOpen);
      } catch (IOException | RuntimeException e) {
        closeQuietly(plain);
        secure.fail(e, onFail);
      }
    }, io);
    return secure;
  }

  private SSLSocket upgrade(Socket plain) throws IOException {
    SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, hostname, port, true);
    tls.startHandshake();
    return tls;
  }

  private void settleOpen(Socket ready, Value onOpen) {
    if (closed) {
      closeQuietly(ready);
      socket.completeExceptionally(new IOException("closed"));
      attemptDelivered = true;
      operation.run();
      return;
    }
    socket.complete(ready);
    String remote = ready.getInetAddress() == null ? null : ready.getInetAddress().getHostAddress() + ":" + ready.getPort();
    String local = ready.getLocalAddress() == null ? null : ready.getLocalAddress().getHostAddress() + ":" + ready.getLocalPort();
    deliver.accept(() -> onOpen.execute(remote, local));
    attemptDelivered = true;
    if (closed) {
      operation.run();
    }
  }

  private void fail(Throwable error, Value onFail) {
    socket.completeExceptionally(error);
    onClosed.accept(this);
    deliver.accept(() -> onFail.execute(SocketLimits.CONNECT_FAILED));
    attemptDelivered = true;
    operation.run();
  }

  /**
   * Reads the next bytes once connected: {@code onChunk} receives up to {@link
   * SocketLimits#CHUNK} bytes, or {@code null} at the end of the stream (or when the connection
   * failed or closed).
   *
   * @param onChunk called on the loop with a buffer or {@code null}
   * @param onError called on the loop with a message when the read failed
   */
  @HostAccess.Export
  public void read(Value onChunk, Value onError) {
    socket.whenCompleteAsync((s, error) -> {
      if (error != null || closed) {
        deliver.accept(() -> onChunk.execute((Object) null));
        return;
      }
      try {
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[SocketLimits.CHUNK];
        int n = in.read(buffer);
        ByteBuffer chunk = n < 0 ? null : ByteBuffer.wrap(Arrays.copyOf(buffer, n));
        deliver.accept(() -> onChunk.execute(chunk));
      } catch (IOException e) {
        deliver.accept(closed ? () -> onChunk.execute((Object) null) : () -> onError.execute(message(e)));
      }
    }, io);
  }

  /**
   * Writes bytes once connected.
   *
   * @param bytes the bytes (a Uint8Array or ArrayBuffer), copied before this returns
   * @param onDone called on the loop once written
   * @param onError called on the loop with a message when the write failed
   */
  @HostAccess.Export
  public void write(Value bytes, Value onDone, Value onError) {
    byte[] data = copy(bytes);
    socket.whenCompleteAsync((s, error) -> {
      if (error != null) {
        deliver.accept(() -> onError.execute(SocketLimits.CONNECT_FAILED));
        return;
      }
      try {
        s.getOutputStream().write(data);
        s.getOutputStream().flush();
        deliver.accept(() -> onDone.execute());
      } catch (IOException e) {
        deliver.accept(() -> onError.execute(message(e)));
      }
    }, io);
  }

  /**
   * Ends the writing side (the worker closed the writable stream); reading goes on.
   *
   * @param onDone called on the loop once done
   */
  @HostAccess.Export
  public void endWrites(Value onDone) {
    socket.whenCompleteAsync((s, error) -> {
      if (error == null && !s.isClosed()) {
        try {
          if (s instanceof SSLSocket) {
            s.close(); // TLS sockets cannot half-close
          } else {
            s.shutdownOutput();
          }
        } catch (IOException ignored) {
          // the peer is gone already: nothing left to end
        }
      }
      deliver.accept(() -> onDone.execute());
    }, io);
  }

  /** Closes the connection (or gives up connecting); pending reads end. Idempotent. */
  @HostAccess.Export
  public void close() {
    closed = true;
    onClosed.accept(this);
    // the outcome of connecting still reaches the worker: the operation ends once it is queued
    if (attemptDelivered) {
      operation.run();
    }
    socket.whenComplete((s, error) -> {
      if (s != null) {
        closeQuietly(s);
      }
    });
  }

  private static byte[] copy(Value bytes) {
    Value buffer = bytes.hasBufferElements() ? bytes : bytes.getMember("buffer");
    long offset = bytes.hasBufferElements() ? 0 : bytes.getMember("byteOffset").asLong();
    int length = (int) (bytes.hasBufferElements() ? bytes.getBufferSize() : bytes.getMember("byteLength").asLong());
    byte[] data = new byte[length];
    buffer.readBuffer(offset, data, 0, length);
    return data;
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing a socket that failed: nothing to report
    }
  }
}
