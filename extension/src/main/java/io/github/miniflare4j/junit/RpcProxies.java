package io.github.miniflare4j.junit;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.ModuleExports;
import io.github.miniflare4j.WorkerArgument;
import io.github.miniflare4j.durable.DurableObjectStub;
import io.github.miniflare4j.rpc.RpcStub;
import io.github.miniflare4j.service.WorkerEntrypointStub;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Typed proxies over RPC: a Java interface whose methods call the RPC methods of the same name
 * of a Durable Object or of a worker's {@code WorkerEntrypoint}. Arguments are turned into
 * JSON-like values (maps, lists, strings, numbers, booleans) by Jackson; results are converted
 * back into the method's generic return type ({@code void} ignores them).
 *
 * <p>A method returning {@link CompletableFuture} or {@link CompletionStage} of {@code T} does
 * not wait: its future completes with the result converted to {@code T}. Any other method waits
 * for the result, at most the instance's dispatch timeout. A JavaScript error thrown by the RPC method
 * surfaces as a {@link io.github.miniflare4j.WorkerException} carrying its name and message
 * (thrown, or completing the future). {@code Object} methods ({@code toString}, {@code equals},
 * {@code hashCode}) are answered locally; default methods of the interface run as written.
 *
 * <p>A method annotated {@link RpcProperty} reads a property (a getter) instead of calling a
 * method. A result that is an {@code RpcTarget} (or a function) arrives as an {@link RpcStub};
 * when the method's return type is an interface, the result is a proxy of that interface over
 * the stub, so its methods call the target's methods. A proxy over an {@link RpcStub} (or the
 * stub itself) can be passed back as an argument; like a stub in a worker, it then moves to the
 * callee and cannot be used here any more. A proxy over an {@link RpcStub} is {@link
 * AutoCloseable} when its interface extends it: {@code close()} disposes the stub.
 */
public final class RpcProxies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RpcProxies() {}

  /**
   * A proxy of {@code api} calling the Durable Object behind {@code stub}.
   *
   * @param <T> the interface type
   * @param api an interface; its methods name the object's RPC methods
   * @param stub the object; not {@code null}
   * @return the proxy
   * @throws IllegalArgumentException when {@code api} is not an interface
   */
  public static <T> T of(Class<T> api, DurableObjectStub stub) {
    Objects.requireNonNull(stub, "stub");
    return proxy(api, stub.toString(), new Calls(stub::call, stub::callAsync, stub::get, stub::getAsync, null));
  }

  /**
   * A proxy of {@code api} calling the worker entrypoint behind {@code stub}.
   *
   * @param <T> the interface type
   * @param api an interface; its methods name the entrypoint's RPC methods
   * @param stub the entrypoint; not {@code null}
   * @return the proxy
   * @throws IllegalArgumentException when {@code api} is not an interface
   */
  public static <T> T of(Class<T> api, WorkerEntrypointStub stub) {
    Objects.requireNonNull(stub, "stub");
    return proxy(api, stub.toString(), new Calls(stub::call, stub::callAsync, stub::get, stub::getAsync, null));
  }

  /**
   * A proxy of {@code api} calling the exported functions of a worker's module ({@link
   * io.github.miniflare4j.Miniflare#importModule}); a method annotated {@link RpcProperty} reads
   * an export that is not a function. {@link WorkerArgument} arguments stand for the worker's
   * {@code env} and a new {@code ctx}.
   *
   * @param <T> the interface type
   * @param api an interface; its methods name the module's exports
   * @param exports the module's exports; not {@code null}
   * @return the proxy
   * @throws IllegalArgumentException when {@code api} is not an interface
   */
  public static <T> T of(Class<T> api, ModuleExports exports) {
    Objects.requireNonNull(exports, "exports");
    return proxy(api, exports.toString(), new Calls(exports::call, exports::callAsync, exports::get, exports::getAsync, null));
  }

  /**
   * A proxy of {@code api} calling the {@code RpcTarget} behind {@code stub} (a value a worker
   * returned by reference).
   *
   * @param <T> the interface type
   * @param api an interface; its methods name the target's methods (and, with {@link
   *     RpcProperty}, its getters)
   * @param stub the target; not {@code null}
   * @return the proxy; {@code close()} (when {@code api} extends {@link AutoCloseable}) disposes
   *     the stub
   * @throws IllegalArgumentException when {@code api} is not an interface
   */
  public static <T> T of(Class<T> api, RpcStub stub) {
    Objects.requireNonNull(stub, "stub");
    return proxy(api, stub.toString(), new Calls(stub::call, stub::callAsync, stub::get, stub::getAsync, stub));
  }

  private static <T> T proxy(Class<T> api, String target, Calls call) {
    if (!api.isInterface()) {
      throw new IllegalArgumentException("RPC proxies need an interface, but " + api.getName() + " is a class");
    }
    InvocationHandler handler = new Handler(api, target, call);
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  /** The invocation handler; also how a proxy passed as an argument is recognized. */
  private record Handler(Class<?> api, String target, Calls call) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (call.stub() != null && method.getName().equals("close") && method.getParameterCount() == 0
          && AutoCloseable.class.isAssignableFrom(method.getDeclaringClass())) {
        call.stub().close();
        return null;
      }
      return RpcProxies.invoke(api, target, call, proxy, method, args);
    }
  }

  private static Object invoke(Class<?> api, String target, Calls call,
      Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> api.getSimpleName() + " proxy of " + target;
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      };
    }
    if (method.isDefault()) {
      return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
    }
    Class<?> returns = method.getReturnType();
    boolean future = returns == CompletableFuture.class || returns == CompletionStage.class;
    JavaType type = future
        ? futureValueType(method.getGenericReturnType())
        : JSON.getTypeFactory().constructType(method.getGenericReturnType());
    RpcProperty property = method.getAnnotation(RpcProperty.class);
    if (property != null) {
      if (args != null && args.length > 0) {
        throw new IllegalArgumentException("@RpcProperty method " + method.getName() + " of " + api.getName()
            + " reads a property and must take no parameters, but takes " + args.length);
      }
      if (call.read() == null) {
        throw new UnsupportedOperationException(target + " does not support property reads");
      }
      String name = property.value().isEmpty() ? method.getName() : property.value();
      if (future) {
        return call.readAsync().apply(name).thenApply(value -> convert(value, type));
      }
      return convert(call.read().apply(name), type);
    }
    List<Object> values = new ArrayList<>();
    if (args != null) {
      for (Object arg : args) {
        values.add(argument(arg));
      }
    }
    if (future) {
      return call.async().apply(method.getName(), values.toArray()).thenApply(value -> convert(value, type));
    }
    Object value = call.sync().apply(method.getName(), values.toArray());
    return returns == void.class ? null : convert(value, type);
  }

  /** An argument as a clone value: stubs (and proxies over them) by reference, WorkerArguments as they are, others through Jackson. */
  private static Object argument(Object arg) {
    if (arg == null || arg instanceof RpcStub || arg instanceof WorkerArgument) {
      return arg;
    }
    if (Proxy.isProxyClass(arg.getClass()) && Proxy.getInvocationHandler(arg) instanceof Handler handler
        && handler.call().stub() != null) {
      return handler.call().stub();
    }
    return JSON.convertValue(arg, Object.class);
  }

  private static JavaType futureValueType(Type returnType) {
    if (returnType instanceof ParameterizedType parameterized) {
      return JSON.getTypeFactory().constructType(parameterized.getActualTypeArguments()[0]);
    }
    return JSON.getTypeFactory().constructType(Object.class);
  }

  private static Object convert(Object value, JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == Void.class || raw == void.class) {
      return null;
    }
    if (value instanceof RpcStub stub) {
      if (raw.isInstance(stub)) {
        return stub;
      }
      if (raw.isInterface() && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
        return of(raw, stub);
      }
      throw new IllegalArgumentException("The RPC result is a stub (an RpcTarget or a function), which cannot be read as "
          + type + "; declare an interface (or RpcStub) as the return type");
    }
    return JSON.convertValue(value, type);
  }

  /**
   * The ways to reach one target: calls waiting (with the instance's timeout) or not, property
   * reads (waiting or not), and the stub behind a proxy of an {@code RpcTarget} (else null).
   */
  private record Calls(
      BiFunction<String, Object[], Object> sync,
      BiFunction<String, Object[], CompletableFuture<Object>> async,
      Function<String, Object> read,
      Function<String, CompletableFuture<Object>> readAsync,
      RpcStub stub) {}
}
