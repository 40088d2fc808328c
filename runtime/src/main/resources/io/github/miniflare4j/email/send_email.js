// A send_email binding: send(EmailMessage | message builder) checked as Miniflare checks it
// (recorded: email-send-*), the message kept in Java (email.SendEmail). Its prototype is a
// Fetcher's, as in workerd, with send reached through the stub.
(function (internals) {
  const RAW = "EmailMessage::raw";
  const hosts = new WeakMap();
  class Fetcher {
    async fetch() { throw new Error("send_email bindings only support send()"); }
    connect() { throw new Error("send_email bindings only support send()"); }
  }
  /** The address of a builder's address: a string, or {name, email}. */
  function addressOf(address) {
    if (typeof address === "string") return address;
    if (address === undefined || address === null) throw new TypeError(`Cannot read properties of ${address} (reading 'email')`);
    return address.email;
  }
  const list = (value) => (Array.isArray(value) ? value : [value]);
  function base64(bytes) {
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }
  const binary = (key, value) => {
    if (value instanceof ArrayBuffer) return base64(new Uint8Array(value));
    if (ArrayBuffer.isView(value)) return base64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return value;
  };
  async function send(message) {
    const host = hosts.get(this);
    if (host === undefined) throw new TypeError("Illegal invocation");
    if (message === null || (typeof message !== "object" && typeof message !== "function")) {
      throw new TypeError(`Cannot use 'in' operator to search for '${RAW}' in ${String(message)}`);
    }
    if (RAW in message) {
      const from = message.from;
      const sender = host.checkSender(String(from));
      if (sender) throw new Error(sender);
      const to = JSON.stringify(list(message.to).map(String));
      const recipient = host.checkRecipients(to);
      if (recipient) throw new Error(recipient);
      const raw = new Uint8Array(await new Response(message[RAW]).arrayBuffer());
      const outcome = JSON.parse(host.sendRaw(String(from), to, raw));
      if (outcome.error !== undefined) throw new Error(outcome.error);
      return { messageId: outcome.messageId };
    }
    const from = addressOf(message.from);
    const sender = host.checkSender(String(from));
    if (sender) throw new Error(sender);
    const to = JSON.stringify(list(message.to).map((address) => String(addressOf(address))));
    const recipient = host.checkRecipients(to);
    if (recipient) throw new Error(recipient);
    return { messageId: host.sendMessage(String(from), to, JSON.stringify(message, binary)) };
  }
  return (host) => {
    const binding = new Proxy(Object.create(Fetcher.prototype), {
      get(object, property, receiver) { return property === "send" ? send : Reflect.get(object, property, receiver); },
    });
    hosts.set(binding, host);
    return binding;
  };
})
