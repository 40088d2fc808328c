package io.github.miniflare4j.assertj;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.junit.WorkerResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@link FetchResponseAssert}: what passes, and the messages of what fails. */
class FetchResponseAssertTest {

  record User(String name, int age) {}

  final FetchResponse json = FetchResponse.json(Map.of("name", "Ada", "age", 36));
  final FetchResponse redirect = FetchResponse.builder().status(302).header("location", "/login").build();

  @Test
  void passing_assertions_chain() {
    assertThat(json)
        .hasStatus(200)
        .isOk()
        .hasHeader("content-type", "application/json")
        .hasContentType("application/json")
        .doesNotHaveHeader("location")
        .hasJsonBody("{\"age\": 36, \"name\": \"Ada\"}");
    assertThat(json).bodyJson(User.class).isEqualTo(new User("Ada", 36));
    assertThat(FetchResponse.text("hi")).hasBody("hi").bodyText().startsWith("h");
    assertThat(redirect).isRedirectTo("/login");
  }

  @Test
  void plain_assertj_assert_that_works_on_worker_responses() {
    Assertions.assertThat(new WorkerResponse(json)).hasStatus(200).hasJsonBody("{\"name\":\"Ada\",\"age\":36}");
  }

  @Test
  void wrong_status_shows_the_response() {
    assertThatThrownBy(() -> assertThat(FetchResponse.text(404, "nope")).hasStatus(200))
        .isInstanceOf(AssertionError.class)
        .hasMessage("%nExpecting response:%n  404 {content-type=[text/plain;charset=UTF-8]} body=\"nope\"%nto have status:%n  200%nbut had:%n  404"
            .formatted());
  }

  @Test
  void wrong_json_shows_both_trees() {
    assertThatThrownBy(() -> assertThat(json).hasJsonBody("{\"name\":\"Bob\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have JSON body:%n  {\"name\":\"Bob\"}%nbut it was:%n".formatted());
  }

  @Test
  void a_body_that_is_not_json_says_so() {
    assertThatThrownBy(() -> assertThat(FetchResponse.text("hi")).hasJsonBody("{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a JSON body, but it is not JSON:");
  }

  @Test
  void a_missing_header_lists_the_headers() {
    assertThatThrownBy(() -> assertThat(redirect).hasHeader("etag"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("%nExpecting response:%n  302 {location=[/login]} body=\"\"%nto have header:%n  etag%nbut it had only:%n  {location=[/login]}"
            .formatted());
  }

  @Test
  void a_redirect_elsewhere_shows_the_location() {
    assertThatThrownBy(() -> assertThat(redirect).isRedirectTo("/home"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to redirect to:%n  /home%nbut its location was:%n  /login".formatted());
    assertThatThrownBy(() -> assertThat(json).isRedirectTo("/home"))
        .hasMessageContaining("to be a redirect to:%n  /home%nbut its status was:%n  200".formatted());
  }
}
