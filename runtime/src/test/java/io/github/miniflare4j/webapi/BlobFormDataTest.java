package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Blob, File and FormData inside a worker, and FormData / Blob as request bodies. */
class BlobFormDataTest {

  @Test
  void blob_concatenates_parts_and_slices() {
    JsonNode out =
        run(
            """
            const b = new Blob(["ab", new Uint8Array([99]), new Blob(["d"])], { type: "Text/Plain" });
            out.blob = [b.size, b.type, await b.text(), Object.prototype.toString.call(b)];
            const s = b.slice(1, -1, "x/y");
            out.slice = [s.size, s.type, await s.text(), await b.slice(-2).text()];
            out.bytes = [...new Uint8Array(await b.arrayBuffer())];
            out.coerced = new Blob([1, {}]).size;
            out.badType = new Blob(["a"], { type: "é" }).type;
            """);

    assertThat(out.get("blob")).hasToString("[4,\"text/plain\",\"abcd\",\"[object Blob]\"]");
    assertThat(out.get("slice")).hasToString("[2,\"x/y\",\"bc\",\"cd\"]");
    assertThat(out.get("bytes")).hasToString("[97,98,99,100]");
    assertThat(out.get("coerced").asInt()).isEqualTo(16);
    assertThat(out.get("badType").asText()).isEmpty();
  }

  @Test
  void blob_and_file_constructors_reject_bad_arguments() {
    JsonNode out =
        run(
            """
            out.parts = await t(() => new Blob("abc"));
            out.endings = await t(() => new Blob(["a"], { endings: "native" }));
            out.fileName = await t(() => new File(["x"]));
            """);

    assertThat(out.get("parts"))
        .hasToString(error("TypeError", "TypeError", "Failed to construct 'Blob': constructor parameter 1 is not of type 'Array'."));
    assertThat(out.get("endings")).hasToString(error("Error", "Error", "The 'endings' field on 'Options' is not implemented."));
    assertThat(out.get("fileName"))
        .hasToString(error("TypeError", "TypeError", "Failed to construct 'File': constructor parameter 2 is not of type 'string'."));
  }

  @Test
  void file_has_a_name_and_last_modified() {
    JsonNode out =
        run(
            """
            const f = new File(["xyz"], "n.txt", { type: "text/plain", lastModified: 42 });
            out.v = [f.name, f.size, f.type, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f)];
            """);

    assertThat(out.get("v")).hasToString("[\"n.txt\",3,\"text/plain\",42,true,\"[object File]\"]");
  }

  @Test
  void form_data_keeps_entries_in_order_and_wraps_blobs_in_files() {
    JsonNode out =
        run(
            """
            const fd = new FormData();
            fd.append("a", "1"); fd.append("a", "2"); fd.set("b", "x"); fd.append("n", 5);
            fd.append("blob", new Blob(["q"]));
            fd.append("s", "v", "ignored-filename");
            const blob = fd.get("blob");
            out.v = [fd.getAll("a"), fd.has("b"), [...fd.keys()], blob.name, blob instanceof File, fd.get("n"), fd.get("s")];
            fd.delete("a");
            out.afterDelete = [...fd.keys()];
            out.missing = await t(() => fd.append("a"));
            """);

    assertThat(out.get("v")).hasToString("[[\"1\",\"2\"],true,[\"a\",\"a\",\"b\",\"n\",\"blob\",\"s\"],\"blob\",true,\"5\",\"v\"]");
    assertThat(out.get("afterDelete")).hasToString("[\"b\",\"n\",\"blob\",\"s\"]");
    assertThat(out.get("missing"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'append' on 'FormData': parameter 2 is not of type 'File or Blob or string'."));
  }

  @Test
  void form_data_body_is_multipart_and_parses_back() {
    JsonNode out =
        run(
            """
            const fd = new FormData(); fd.append("t", "v1"); fd.append("f", new File(["hello"], "h\\"i.txt", { type: "text/plain" }));
            const r = new Request("http://x/", { method: "POST", body: fd });
            const ct = r.headers.get("content-type");
            const boundary = ct.split("boundary=")[1];
            const body = await r.clone().text();
            out.body = body.split(boundary).join("B");
            out.boundary = boundary.length + ":" + /^[0-9a-zA-Z]+$/.test(boundary);
            const back = await r.formData();
            const f = back.get("f");
            out.back = [back.get("t"), f.name, f.type, await f.text()];
            """);

    assertThat(out.get("body").asText())
        .isEqualTo(
            "--B\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nv1\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; "
                + "filename=\"h%22i.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--B--");
    assertThat(out.get("boundary").asText()).isEqualTo("32:true");
    assertThat(out.get("back")).hasToString("[\"v1\",\"h%22i.txt\",\"text/plain\",\"hello\"]");
  }

  @Test
  void form_data_parses_urlencoded_and_rejects_other_types() {
    JsonNode out =
        run(
            """
            const post = (body, ct) => new Request("http://x/", { method: "POST", body, headers: ct ? { "content-type": ct } : {} });
            out.urlencoded = [...await post("a=1&b=%20", "application/x-www-form-urlencoded").formData()];
            out.text = await t(async () => [...await post("a=1").formData()]);
            out.noBoundary = await t(async () => [...await post("x", "multipart/form-data").formData()]);
            out.noInitial = await t(async () => [...await post("garbage", "multipart/form-data; boundary=XX").formData()]);
            """);

    assertThat(out.get("urlencoded")).hasToString("[[\"a\",\"1\"],[\"b\",\" \"]]");
    assertThat(out.get("text"))
        .hasToString(
            error("TypeError", "TypeError", "Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded"));
    assertThat(out.get("noBoundary").get("error").get("message").asText()).startsWith("No boundary string in Content-Type header.");
    assertThat(out.get("noInitial"))
        .hasToString(error("TypeError", "TypeError", "No initial boundary string (or you have a truncated message)."));
  }

  @Test
  void blob_bodies_carry_their_type() {
    JsonNode out =
        run(
            """
            const typed = new Request("http://x/", { method: "POST", body: new Blob(["zz"], { type: "a/b" }) });
            const untyped = new Request("http://x/", { method: "POST", body: new Blob(["zz"]) });
            const blob = await new Response("abc", { headers: { "content-type": "x/y" } }).blob();
            out.v = [typed.headers.get("content-type"), await typed.text(), untyped.headers.get("content-type"), blob.type, blob.size];
            """);

    assertThat(out.get("v")).hasToString("[\"a/b\",\"zz\",null,\"x/y\",3]");
  }

  /** CustomEvent, once listeners, Blob/File/FormData, structuredClone and abort reasons, with their errors, as recorded. */
  @Test
  void events_blobs_files_form_data_clone_and_abort_basics_match_workerd() {
    JsonNode out =
        WorkerProbe.run(
            """
            const ce = new CustomEvent("x", { detail: { a: 1 } }); out.custom = [ce.type, ce.detail, ce instanceof Event, ce.bubbles, ce.cancelable];
            out.customNoArg = await t(() => new CustomEvent());
            const et = new EventTarget(); let got = []; et.addEventListener("x", (e) => got.push(e.type), { once: true }); et.dispatchEvent(new Event("x")); et.dispatchEvent(new Event("x")); out.once = got;
            out.dispatchBad = await t(() => et.dispatchEvent("x"));
            out.blob = await t(async () => { const b = new Blob(["ab", new Uint8Array([99])], { type: "Text/Plain" }); return [b.size, b.type, await b.text(), await b.slice(1, -0).text(), await b.slice(-2).text()]; });
            out.file = await t(() => { const f = new File(["x"], "n.txt", { type: "a/b", lastModified: 5 }); return [f.name, f.type, f.lastModified, f.size, f instanceof Blob]; });
            out.fileNoName = await t(() => new File(["x"]));
            out.fd = await t(() => { const fd = new FormData(); fd.append("a", "1"); fd.append("a", "2"); fd.set("b", new Blob(["z"])); return [fd.getAll("a"), fd.get("b").name, fd.has("c"), fd.get("c"), [...fd.keys()]]; });
            out.fdNoArg = await t(() => new FormData().get());
            out.clone = await t(() => { const d = structuredClone({ d: new Date(0), m: new Map([[1, { r: /x/g }]]), e: new RangeError("bad") }); return [d.d.toISOString(), d.m.get(1).r.flags, d.e.name, d.e.message, d.e instanceof RangeError]; });
            out.cloneBlob = await t(() => structuredClone(new Blob(["x"])));
            out.abortReason = await t(() => { const c = new AbortController(); c.abort(new Error("e")); return c.signal.reason.message; });
            out.throwIfAborted = await t(() => AbortSignal.abort("r").throwIfAborted());
            """);

    assertThat(out.get("custom")).hasToString("[\"x\",{\"a\":1},true,false,false]");
    assertThat(out.get("customNoArg")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to construct 'CustomEvent': constructor parameter 1 is not of type 'string'.\"}}");
    assertThat(out.get("once")).hasToString("[\"x\"]");
    assertThat(out.get("dispatchBad")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.\"}}");
    assertThat(out.get("blob")).hasToString("{\"ok\":[3,\"text/plain\",\"abc\",\"\",\"bc\"]}");
    assertThat(out.get("file")).hasToString("{\"ok\":[\"n.txt\",\"a/b\",5,1,true]}");
    assertThat(out.get("fileNoName")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to construct 'File': constructor parameter 2 is not of type 'string'.\"}}");
    assertThat(out.get("fd")).hasToString("{\"ok\":[[\"1\",\"2\"],\"b\",false,null,[\"a\",\"a\",\"b\"]]}");
    assertThat(out.get("fdNoArg")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'get' on 'FormData': parameter 1 is not of type 'string'.\"}}");
    assertThat(out.get("clone")).hasToString("{\"ok\":[\"1970-01-01T00:00:00.000Z\",\"g\",\"RangeError\",\"bad\",true]}");
    assertThat(out.get("cloneBlob")).hasToString("{\"error\":{\"name\":\"DataCloneError\",\"ctor\":\"DOMException\",\"message\":\"Could not serialize object of type \\\"Blob\\\". This type does not support serialization.\"}}");
    assertThat(out.get("abortReason")).hasToString("{\"ok\":\"e\"}");
    assertThat(out.get("throwIfAborted")).hasToString("{\"error\":{\"ctor\":\"String\"}}");
  }
}
