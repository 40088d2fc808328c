package io.github.miniflare4j.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** send_email bindings and the email() handler, from Java. */
class EmailTest {

  private static final String WORKER = """
      import { EmailMessage } from "cloudflare:email";
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          try {
            if (url.pathname === "/raw") {
              const raw = "From: shop@example.com\\r\\nTo: " + url.searchParams.get("to") + "\\r\\nMessage-ID: <o1@example.com>\\r\\nSubject: Your order\\r\\n\\r\\nThanks!";
              return Response.json(await env.MAIL.send(new EmailMessage("shop@example.com", url.searchParams.get("to"), raw)));
            }
            return Response.json(await env.MAIL.send({ from: { name: "Shop", email: "shop@example.com" }, to: "ann@example.com", subject: "Hi", text: "plain" }));
          } catch (e) { return new Response(e.message, { status: 400 }); }
        },
        async email(message, env, ctx) {
          const subject = message.headers.get("subject");
          if (subject === "spam") { message.setReject("no spam"); return; }
          if (subject === "boom") throw new RangeError("cannot handle");
          await message.forward("archive@example.com", new Headers({ "X-Archived": "yes" }));
          const reply = "From: support@example.com\\r\\nTo: " + message.from + "\\r\\nMessage-ID: <r1@example.com>\\r\\nIn-Reply-To: "
            + message.headers.get("message-id") + "\\r\\nSubject: Re: " + subject + "\\r\\n\\r\\nGot " + message.rawSize + " bytes";
          await message.reply(new EmailMessage("support@example.com", message.from, reply));
        },
      };
      """;

  private static Miniflare start(SendEmailBinding binding) {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(binding)).build());
  }

  private static String incoming(String subject) {
    return "From: Ann <ann@example.com>\r\nTo: support@example.com\r\nMessage-ID: <in1@example.com>\r\nSubject: " + subject + "\r\n\r\nHello";
  }

  @Test
  void sent_messages_are_kept_for_assertions_and_reset_with_the_storage() {
    try (Miniflare mf = start(SendEmailBinding.of("MAIL"))) {
      StorageSnapshot empty = mf.snapshotStorage();
      String answer = mf.dispatchFetch("http://x/raw?to=bob@example.com").text();
      mf.dispatchFetch("http://x/builder");

      List<SentEmail> sent = mf.getBinding(SendEmail.class, "MAIL").sent();
      assertThat(sent).hasSize(2);
      assertThat(sent.get(0).to()).containsExactly("bob@example.com");
      assertThat(sent.get(0).subject()).isEqualTo("Your order");
      assertThat(sent.get(0).rawText()).endsWith("Thanks!");
      assertThat(answer).isEqualTo("{\"messageId\":\"" + sent.get(0).messageId() + "\"}");
      assertThat(sent.get(0).messageId()).matches("<[A-Za-z0-9]{36}@example\\.com>");
      assertThat(sent.get(1).from()).isEqualTo("shop@example.com");
      assertThat(sent.get(1).header("text")).isEqualTo("plain");

      mf.restoreStorage(empty);
      assertThat(mf.getBinding(SendEmail.class, "MAIL").sent()).isEmpty();
    }
  }

  @Test
  void a_destination_outside_the_allowed_list_is_refused_with_miniflares_message() {
    try (Miniflare mf = start(SendEmailBinding.allowing("MAIL", List.of("bob@example.com"), null))) {
      assertThat(mf.dispatchFetch("http://x/raw?to=eve@example.com").text()).isEqualTo("email to eve@example.com not allowed");
      assertThat(mf.dispatchFetch("http://x/raw?to=bob@example.com").status()).isEqualTo(200);
      assertThat(mf.getBinding(SendEmail.class, "MAIL").sent()).hasSize(1);
    }
  }

  @Test
  void the_email_handler_forwards_and_replies_and_java_sees_both() {
    try (Miniflare mf = start(SendEmailBinding.of("MAIL"))) {
      EmailResult result = mf.dispatchEmail("ann@example.com", "support@example.com", incoming("Where is my order?"));
      assertThat(result.accepted()).isTrue();
      assertThat(result.forwards()).containsExactly(new ForwardedEmail("archive@example.com", List.of(List.of("x-archived", "yes"))));
      assertThat(result.replies()).singleElement().satisfies(reply -> {
        assertThat(reply.to()).containsExactly("ann@example.com");
        assertThat(reply.subject()).isEqualTo("Re: Where is my order?");
        assertThat(reply.rawText()).startsWith("References: <in1@example.com>\r\n").endsWith("Got 121 bytes");
      });
    }
  }

  @Test
  void a_rejection_or_an_error_of_the_handler_is_the_result() {
    try (Miniflare mf = start(SendEmailBinding.of("MAIL"))) {
      EmailResult rejected = mf.dispatchEmail("ann@example.com", "support@example.com", incoming("spam"));
      assertThat(rejected.rejected()).isTrue();
      assertThat(rejected.rejection()).isEqualTo("no spam");
      EmailResult failed = mf.dispatchEmail("ann@example.com", "support@example.com", incoming("boom"));
      assertThat(failed.error().errorName()).isEqualTo("RangeError");
      assertThat(failed.error().errorMessage()).isEqualTo("cannot handle");
    }
  }

  @Test
  void a_message_without_message_id_is_refused_before_the_handler_runs() {
    try (Miniflare mf = start(SendEmailBinding.of("MAIL"))) {
      assertThatThrownBy(() -> mf.dispatchEmail("a@example.com", "b@example.com", "From: a@example.com\r\n\r\nbody"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Email could not be parsed: invalid or no message id provided");
    }
  }

  @Test
  void wrangler_send_email_tables_declare_bindings_and_refuse_both_destination_kinds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "shop"
        main = "index.js"
        [[send_email]]
        name = "MAIL"
        destination_address = "bob@example.com"
        """);
    try (Miniflare mf = new Miniflare(WranglerConfig.load(dir.resolve("wrangler.toml")).toOptions().build())) {
      assertThat(mf.dispatchFetch("http://x/raw?to=eve@example.com").text()).isEqualTo("email to eve@example.com not allowed");
    }
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "shop"
        main = "index.js"
        [[send_email]]
        name = "MAIL"
        destination_address = "bob@example.com"
        allowed_destination_addresses = ["ann@example.com"]
        """);
    assertThatThrownBy(() -> WranglerConfig.load(dir.resolve("wrangler.toml")))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("\"send_email\" bindings should have either a \"destination_address\" or \"allowed_destination_addresses\" field, but not both.");
  }

  @Test
  void miniflares_email_option_reads_the_same_shape() {
    String json = "{\"modules\":true,\"script\":\"export default {}\",\"email\":{\"send_email\":[{\"name\":\"MAIL\","
        + "\"allowed_sender_addresses\":[\"shop@example.com\"]}]}}";
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json))) {
      assertThat(mf.getBinding(SendEmail.class, "MAIL").name()).isEqualTo("MAIL");
    }
  }
}
