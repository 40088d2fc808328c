package io.github.miniflare4j.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code dispatchFetch} picks the worker by route; service bindings ignore routes. */
class RoutedDispatchTest {

  private Miniflare mf;

  @AfterEach
  void close() {
    if (mf != null) {
      mf.close();
    }
  }

  private static WorkerOptions.Builder echo(String name) {
    return WorkerOptions.builder()
        .name(name)
        .modules(true)
        .script("export default { fetch(req) { return new Response('" + name + " ' + req.url) } }");
  }

  @Test
  void dispatch_fetch_reaches_the_worker_routed_for_the_url_host() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(echo("main"))
        .worker(echo("api").routes("api.mf/*"))
        .build());

    assertThat(mf.dispatchFetch("http://api.mf/users").text()).isEqualTo("api http://api.mf/users");
    assertThat(mf.dispatchFetch("http://other.mf/users").text()).isEqualTo("main http://other.mf/users");
  }

  @Test
  void the_host_header_plays_no_part_in_dispatch_fetch() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(echo("main"))
        .worker(echo("api").routes("api.mf/*"))
        .build());

    FetchRequest request = FetchRequest.builder("http://localhost/h").header("host", "api.mf").build();

    assertThat(mf.dispatchFetch(request).text()).isEqualTo("main http://localhost/h");
  }

  @Test
  void unmatched_urls_go_to_the_first_worker_even_when_it_has_routes() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(echo("first").routes("first.mf/*"))
        .worker(echo("second").routes("second.mf/*"))
        .build());

    assertThat(mf.dispatchFetch("http://nowhere.mf/").text()).startsWith("first ");
    assertThat(mf.dispatchFetch("http://second.mf/").text()).startsWith("second ");
  }

  @Test
  void service_bindings_reach_their_worker_whatever_its_routes() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder()
            .name("front")
            .modules(true)
            .serviceBinding("BACK", "back")
            .script("export default { fetch(req, env) { return env.BACK.fetch('http://front.mf/x') } }"))
        .worker(echo("back").routes("back.mf/*"))
        .build());

    assertThat(mf.dispatchFetch("http://front.mf/").text()).isEqualTo("back http://front.mf/x");
  }

  @Test
  void a_bad_route_fails_construction_with_a_router_error() {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(echo("main"))
        .worker(echo("api").routes("api.mf*"))
        .build();

    assertThatThrownBy(() -> new Miniflare(options))
        .isInstanceOf(RouterException.class)
        .hasMessage("Route \"api.mf*\" for \"api\" contains an infix wildcard. This is not allowed.")
        .satisfies(e -> assertThat(((RouterException) e).code()).isEqualTo(ErrorCode.ERR_INFIX_WILDCARD));
  }
}
