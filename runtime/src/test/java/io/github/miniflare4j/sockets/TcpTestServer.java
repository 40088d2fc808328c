package io.github.miniflare4j.sockets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP server on a free loopback port for socket tests: each connection is served by {@code
 * protocol} on its own thread. Echo by default: every byte read is written back until the client
 * ends its side, then the server ends its side.
 */
public final class TcpTestServer implements AutoCloseable {

  /** What the server does with one connection. */
  @FunctionalInterface
  public interface Protocol {
    /**
     * Serves one connection.
     *
     * @param in the client's bytes
     * @param out the answer
     * @throws IOException when the connection breaks
     */
    void serve(InputStream in, OutputStream out) throws IOException;
  }

  /** Writes back every byte until the client ends its side. */
  public static final Protocol ECHO = (in, out) -> {
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
      out.flush();
    }
  };

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  /**
   * Starts serving.
   *
   * @param protocol what each connection gets
   * @throws IOException when no port can be bound
   */
  public TcpTestServer(Protocol protocol) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          threads.execute(() -> {
            try (client) {
              protocol.serve(client.getInputStream(), client.getOutputStream());
              client.shutdownOutput();
            } catch (IOException ignored) {
              // the client went away
            }
          });
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  /**
   * The bound port.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
