package io.github.miniflare4j.assertj;

import io.github.miniflare4j.http.FetchResponse;
import org.assertj.core.api.AssertProvider;

/**
 * The entry point of miniflare4j's AssertJ assertions. Import its {@code assertThat} methods
 * statically next to (or instead of) AssertJ's: responses returned by the extension's {@code
 * WorkerClient} also work with the plain {@code Assertions.assertThat}.
 */
public final class MiniflareAssertions {

  private MiniflareAssertions() {}

  /** Assertions on a worker's response. */
  public static FetchResponseAssert assertThat(FetchResponse actual) {
    return new FetchResponseAssert(actual);
  }

  /** Assertions of anything that provides its own (such as the extension's WorkerResponse). */
  public static <T> T assertThat(AssertProvider<T> provider) {
    return provider.assertThat();
  }
}
