package io.github.miniflare4j.email.internal;

import io.github.miniflare4j.engine.BuiltinModuleProvider;
import io.github.miniflare4j.engine.WorkerIsolate;
import java.util.List;

/** {@code cloudflare:email}: {@code EmailMessage}, and the entry of a worker's {@code email()} handler. */
public final class EmailModule implements BuiltinModuleProvider {

  @Override
  public String specifier() {
    return "cloudflare:email";
  }

  @Override
  public List<String> exportNames() {
    return List.of("EmailMessage");
  }

  @Override
  public String script() {
    return "/io/github/miniflare4j/email/email.js";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return null;
  }
}
