package io.github.miniflare4j.unsafeeval.internal;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Compiles a script from a string in the calling worker's Context, at its global scope. */
public final class UnsafeEvalHost {

  /** The host; it keeps no state. */
  public static final UnsafeEvalHost INSTANCE = new UnsafeEvalHost();

  private UnsafeEvalHost() {}

  /**
   * Runs a script at global scope; its errors reach the caller as they were thrown.
   *
   * @param code the script
   * @param name its name in stack traces
   * @return the completion value
   */
  @HostAccess.Export
  public Value eval(String code, String name) {
    return Context.getCurrent().eval(Source.newBuilder("js", code, name).cached(false).buildLiteral());
  }
}
