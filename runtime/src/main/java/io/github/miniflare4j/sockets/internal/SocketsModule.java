package io.github.miniflare4j.sockets.internal;

import io.github.miniflare4j.engine.BuiltinModuleProvider;
import io.github.miniflare4j.engine.WorkerIsolate;
import java.util.List;

/** {@code cloudflare:sockets}: the module's script and its Java side, one per isolate. */
public final class SocketsModule implements BuiltinModuleProvider {

  @Override
  public String specifier() {
    return "cloudflare:sockets";
  }

  @Override
  public List<String> exportNames() {
    return List.of("connect", "internalNewHttpClient");
  }

  @Override
  public String script() {
    return SocketsHost.SCRIPT;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    SocketsHost host = new SocketsHost(isolate.spec().services().hostExecutor(), isolate.loop()::execute, isolate.hostOperations()::begin);
    isolate.closeWith(host);
    return host;
  }
}
