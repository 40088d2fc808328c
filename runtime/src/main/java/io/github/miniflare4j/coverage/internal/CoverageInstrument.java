package io.github.miniflare4j.coverage.internal;

import com.oracle.truffle.api.instrumentation.TruffleInstrument;

/**
 * The Truffle instrument behind worker coverage: it only publishes a {@link CoverageRecorder}
 * service; nothing is instrumented until the recorder is started. Registered by {@link
 * CoverageInstrumentProvider} (written by hand: the project runs no Truffle annotation processor).
 */
public final class CoverageInstrument extends TruffleInstrument {

  /** The instrument id that the engine lists. */
  public static final String ID = "miniflare4j-coverage";

  @Override
  protected void onCreate(Env env) {
    env.registerService(new CoverageRecorder(env));
  }
}
