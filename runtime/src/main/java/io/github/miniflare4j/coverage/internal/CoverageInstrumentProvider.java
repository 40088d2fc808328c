package io.github.miniflare4j.coverage.internal;

import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider;
import java.util.Collection;
import java.util.List;

/**
 * Makes {@link CoverageInstrument} known to the polyglot engine (listed in {@code
 * META-INF/services}); Truffle reads the id and name from the registration annotation.
 */
@TruffleInstrument.Registration(id = CoverageInstrument.ID, name = "miniflare4j worker coverage", version = "1",
    services = CoverageRecorder.class)
public final class CoverageInstrumentProvider extends TruffleInstrumentProvider {

  /** Called by the service loader. */
  public CoverageInstrumentProvider() {}

  @Override
  protected String getInstrumentClassName() {
    return CoverageInstrument.class.getName();
  }

  @Override
  protected Object create() {
    return new CoverageInstrument();
  }

  @Override
  protected Collection<String> getServicesClassNames() {
    return List.of(CoverageRecorder.class.getName());
  }
}
