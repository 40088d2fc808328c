// cloudflare:email: EmailMessage (a plain object carrying the raw message under Miniflare's key,
// as Miniflare's own class returns; recorded: email-message-shape) and Java's entry into a worker's
// email(message, env, ctx) handler with a ForwardableEmailMessage (internals.dispatchEmail).
(function (internals) {
  const RAW = "EmailMessage::raw";
  class EmailMessage {
    constructor(from, to, raw) {
      return { from, to, [RAW]: raw };
    }
  }
  const messageId = () => `${crypto.randomUUID().replaceAll("-", "")}@example.com`;

  /** The worker's email() handler: the default export's, or an entrypoint class instance's. */
  function emailTarget(ctx) {
    const handler = internals.exports()?.default;
    const isEntrypoint = typeof handler === "function" && handler.prototype instanceof internals.WorkerEntrypoint;
    const target = isEntrypoint ? new handler(ctx, internals.env()) : handler;
    if (target === null || (typeof target !== "object" && typeof target !== "function") || typeof target.email !== "function") {
      throw new TypeError('The RPC receiver does not implement the method "email".');
    }
    return target;
  }

  /**
   * Runs email(message, env, ctx) once for Java (email.EmailInvoker); `delivery` is the Java side
   * of the message (email.EmailDelivery). Calls done once with {ok: true, value: JSON {error?}}.
   * When setReject() takes effect is Java's choice (email.internal.EmailDelivery.deferRejection).
   */
  internals.dispatchEmail = function (delivery, work, done) {
    let pending;
    try {
      const raw = new Uint8Array(new Uint8Array(delivery.raw()));
      const message = {
        from: delivery.from(),
        to: delivery.to(),
        raw: new Response(raw).body,
        rawSize: raw.byteLength,
        headers: new Headers(JSON.parse(delivery.headers())),
        setReject(reason) {
          const apply = () => delivery.reject(String(reason));
          // two microtasks: after a handler returning at once has been reported, before one that awaits
          if (delivery.deferRejection()) queueMicrotask(() => queueMicrotask(apply));
          else apply();
        },
        async forward(rcptTo, headers) {
          delivery.forward(String(rcptTo), headers === undefined ? null : JSON.stringify([...new Headers(headers)]));
          return { messageId: messageId() };
        },
        async reply(replyMessage) {
          const bytes = new Uint8Array(await new Response(replyMessage[RAW]).arrayBuffer());
          const problem = delivery.reply(String(replyMessage.from), JSON.stringify([].concat(replyMessage.to).map(String)), bytes);
          if (problem != null) throw new Error(problem);
          return { messageId: messageId() };
        },
      };
      const ctx = new internals.ExecutionContext({ passThrough: false, response: undefined, work });
      pending = Promise.resolve(emailTarget(ctx).email(message, internals.env(), ctx));
    } catch (error) {
      pending = Promise.reject(error);
    }
    // the rejection Java reports is the one made by now, not one applied after Java reads it
    pending.then(
      () => { delivery.settled(); done({ ok: true, value: "{}" }); },
      (error) => {
        console.error(error);
        delivery.settled();
        done({ ok: true, value: JSON.stringify({ error: internals.describeError(error) }) });
      },
    ).catch((error) => done({ ok: false, ...internals.describeError(error) }));
  };

  return { EmailMessage };
})
