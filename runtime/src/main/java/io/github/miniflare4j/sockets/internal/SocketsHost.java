package io.github.miniflare4j.sockets.internal;

import io.github.miniflare4j.interop.JsOptions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of {@code cloudflare:sockets} for one worker isolate: opens connections whose
 * blocking I/O runs on the host executor and whose results are delivered on the isolate's loop.
 * Every connection still open when the isolate closes is closed with it ({@link #close()}).
 */
public final class SocketsHost implements AutoCloseable {

  /** The module's script, beside this class; evaluated once per Context that imports it. */
  public static final String SCRIPT = "/io/github/miniflare4j/sockets/sockets.js";

  private final Executor io;
  private final Executor loop;
  private final Supplier<Runnable> operations;
  private final Set<TcpConnection> open = ConcurrentHashMap.newKeySet();

  /**
   * Creates the sockets of one isolate.
   *
   * @param io where blocking socket calls run (never the loop thread)
   * @param loop runs a task on the isolate's loop thread
   * @param operations counts an open connection among the isolate's outstanding host operations
   *     until the returned action runs (a request reading from it is not hung)
   */
  public SocketsHost(Executor io, Executor loop, Supplier<Runnable> operations) {
    this.io = io;
    this.loop = loop;
    this.operations = operations;
  }

  /**
   * Starts connecting; {@code onOpen} receives {@code (remoteAddress, localAddress)} once
   * connected, {@code onFail} a message when the connection cannot be made.
   *
   * @param options the script's object {@code {hostname, port, tls}}: the host name or IP literal
   *     (without brackets), the port (0 to 65535) and whether to speak TLS from the start ({@code
   *     secureTransport: "on"})
   * @param onOpen called on the loop once connected
   * @param onFail called on the loop with a message when connecting fails
   * @return the connection, usable at once (reads and writes wait for the connection)
   */
  @HostAccess.Export
  public TcpConnection connect(Value options, Value onOpen, Value onFail) {
    JsOptions target = JsOptions.of(options, "connect");
    TcpConnection connection = new TcpConnection(target.string("hostname"), target.integer("port"), io, this::deliver, open::remove, operations);
    open.add(connection);
    connection.open(target.flag("tls"), onOpen, onFail);
    return connection;
  }

  /** Runs {@code task} on the loop; dropped when the isolate is gone (nobody waits any more). */
  private void deliver(Runnable task) {
    try {
      loop.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      close();
    }
  }

  /** Closes every open connection (the isolate is closing). */
  @Override
  public void close() {
    Set.copyOf(open).forEach(TcpConnection::close);
  }
}
