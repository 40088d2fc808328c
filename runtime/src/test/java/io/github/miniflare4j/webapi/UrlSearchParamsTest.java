package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** URLSearchParams inside a worker: form encoding, mutation, iteration and workerd's errors. */
class UrlSearchParamsTest {

  @Test
  void decodes_and_encodes_application_x_www_form_urlencoded() {
    JsonNode out =
        run(
            """
            out.enc = new URLSearchParams({ s: "a b+c&d=e/f?g~h*i'j!k(l)m" }).toString();
            out.dec = [...new URLSearchParams("a=%zz&b=%C3%A9&d=1+2&e").values()];
            """);

    assertThat(out.get("enc").asText()).isEqualTo("s=a+b%2Bc%26d%3De%2Ff%3Fg%7Eh*i%27j%21k%28l%29m");
    assertThat(out.get("dec")).hasToString("[\"%zz\",\"é\",\"1 2\",\"\"]");
  }

  @Test
  void set_delete_with_value_and_stable_sort() {
    JsonNode out =
        run(
            """
            const p = new URLSearchParams("a=1&b=2&a=3");
            p.set("a", "x"); out.set = p.toString();
            p.delete("b", "9"); out.keep = p.toString();
            p.delete("b", "2"); out.gone = p.toString();
            const s = new URLSearchParams("z=1&\\u{1F600}=1&\\uFFFD=2&b=3&a=4&z=0"); s.sort();
            out.sorted = s.toString();
            """);

    assertThat(out.get("set").asText()).isEqualTo("a=x&b=2");
    assertThat(out.get("keep").asText()).isEqualTo("a=x&b=2");
    assertThat(out.get("gone").asText()).isEqualTo("a=x");
    assertThat(out.get("sorted").asText()).isEqualTo("a=4&b=3&z=1&z=0&%F0%9F%98%80=1&%EF%BF%BD=2");
  }

  @Test
  void accepts_sequences_records_strings_and_other_params() {
    JsonNode out =
        run(
            """
            out.v = [new URLSearchParams([["k", "v"], ["k", "w"]]).toString(), new URLSearchParams(new Map([["m", "1"]])).toString(),
                     new URLSearchParams("?a=b").toString(), new URLSearchParams(new URLSearchParams("a=1")).toString(),
                     new URLSearchParams(42).toString()];
            out.iter = [...new URLSearchParams("x=1&y=2")];
            out.tag = Object.prototype.toString.call(new URLSearchParams().entries());
            """);

    assertThat(out.get("v")).hasToString("[\"k=v&k=w\",\"m=1\",\"a=b\",\"a=1\",\"42=\"]");
    assertThat(out.get("iter")).hasToString("[[\"x\",\"1\"],[\"y\",\"2\"]]");
    assertThat(out.get("tag").asText()).isEqualTo("[object EntryIterator]");
  }

  @Test
  void rejects_malformed_sequences() {
    JsonNode out =
        run(
            """
            out.pair = await t(() => new URLSearchParams([["a"]]));
            out.notSequence = await t(() => new URLSearchParams([1]));
            """);

    assertThat(out.get("pair")).hasToString(error("TypeError", "TypeError", "Invalid URL search params sequence."));
    assertThat(out.get("notSequence"))
        .hasToString(error("TypeError", "TypeError", "Incorrect type: the provided value is not of type 'Sequence'."));
  }

  @Test
  void missing_arguments_name_the_method_and_parameter() {
    JsonNode out =
        run(
            """
            out.append = await t(() => new URLSearchParams().append("a"));
            out.get = await t(() => new URLSearchParams().get());
            out.forEach = await t(() => new URLSearchParams().forEach(1));
            """);

    assertThat(out.get("append"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'append' on 'URLSearchParams': parameter 2 is not of type 'USVString'."));
    assertThat(out.get("get"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'get' on 'URLSearchParams': parameter 1 is not of type 'USVString'."));
    assertThat(out.get("forEach"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'forEach' on 'URLSearchParams': parameter 1 is not of type 'function'."));
  }
}
