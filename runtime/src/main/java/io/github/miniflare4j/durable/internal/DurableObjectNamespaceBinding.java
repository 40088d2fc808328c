package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.engine.BodyErrorCapture;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.RequestBodyPump;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.interop.JsOptions;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code env.NAME} for a Durable Object namespace: ids are computed here, and stub calls ({@code
 * fetch} and RPC) are delivered to the object in the isolate of the worker defining the class.
 */
public final class DurableObjectNamespaceBinding implements JsBinding {

  private final String name;
  private final ObjectNamespace namespace;
  private final boolean unbound;

  /**
   * Binds {@code name} to the objects of {@code namespace}.
   *
   * @param name the binding name the worker sees on {@code env}
   * @param namespace the class whose objects the binding reaches
   */
  public DurableObjectNamespaceBinding(String name, ObjectNamespace namespace) {
    this(name, namespace, false);
  }

  /**
   * Binds {@code name} to the objects of {@code namespace}, or, unbound, makes the namespace only
   * {@code ctx.exports}'s.
   *
   * @param name the binding name the worker sees on {@code env}
   * @param namespace the class whose objects the binding reaches
   * @param unbound whether {@code env} leaves the namespace out
   */
  public DurableObjectNamespaceBinding(String name, ObjectNamespace namespace, boolean unbound) {
    this.name = name;
    this.namespace = namespace;
    this.unbound = unbound;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "durableObjectNamespace";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new Host(isolate);
  }

  /** The object the prelude's {@code DurableObjectNamespace} and stubs call. */
  public final class Host {
    private final WorkerIsolate caller;

    Host(WorkerIsolate caller) {
      this.caller = caller;
    }

    /**
     * Whether {@code env} leaves this namespace out (only {@code ctx.exports} reaches it).
     *
     * @return {@code true} for an unbound namespace
     */
    @HostAccess.Export
    public boolean unbound() {
      return unbound;
    }

    /**
     * The class of this namespace when the calling worker defines it ({@code ctx.exports} lists
     * such namespaces under the class name), else {@code null}.
     *
     * @return the class name, or {@code null} for a class of another worker
     */
    @HostAccess.Export
    public String ownClass() {
      return namespace.owner().equals(caller.name()) ? namespace.className() : null;
    }

    /**
     * The id of a name.
     *
     * @param name any string
     * @return the id's 64 hex digits
     */
    @HostAccess.Export
    public String idFromName(String name) {
      return namespace.ids().idFromName(name);
    }

    /**
     * A new random id.
     *
     * @return the id's 64 hex digits
     */
    @HostAccess.Export
    public String newUniqueId() {
      return namespace.ids().newUniqueId();
    }

    /**
     * {@code null} when {@code hex} is an id of this namespace, else the TypeError message.
     *
     * @param hex the string given to {@code idFromString}
     * @return {@code null} when valid, else workerd's TypeError message
     */
    @HostAccess.Export
    public String check(String hex) {
      return namespace.ids().check(hex);
    }

    /**
     * {@code stub.fetch}: settles with response data or the object's error.
     *
     * @param event the prelude's object {@code {id, name, request}}: the object's hex id, the name
     *     the id came from (or absent) and the prelude's request data; read on the loop thread only
     * @param resolve called with the response data on the caller's loop thread
     * @param reject called with the object's error
     */
    @HostAccess.Export
    public void fetch(Value event, Value resolve, Value reject) {
      JsOptions fetch = JsOptions.of(event, "Durable Object stub fetch");
      Value request = fetch.value("request");
      caller.settleLater(namespace.fetchForWorker(fetch.string("id"), fetch.optionalString("name"),
          JsValues.toRequest(request), RequestBodyPump.start(caller, request), BodyErrorCapture.streaming(caller)),
          data -> data, resolve, reject);
    }

    /**
     * {@code stub.method(...args)}: arguments and result as clone text.
     *
     * @param event the prelude's object {@code {id, name, method, argsText}}: the object's hex id,
     *     the name the id came from (or absent), the method name and the arguments as clone text
     *     ({@code null} to read a property)
     * @param resolve called with the result as clone text on the caller's loop thread
     * @param reject called with the object's error, or a TypeError when the method does not exist
     */
    @HostAccess.Export
    public void call(Value event, Value resolve, Value reject) {
      JsOptions call = JsOptions.of(event, "Durable Object stub call");
      CompletableFuture<String> result =
          namespace.call(call.string("id"), call.optionalString("name"), call.string("method"), call.optionalString("argsText"));
      caller.settleLater(result, text -> text, resolve, reject);
    }
  }
}
