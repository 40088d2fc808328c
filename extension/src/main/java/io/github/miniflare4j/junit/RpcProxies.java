package io.github.miniflare4j.junit;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.durable.DurableObjectStub;
import io.github.miniflare4j.service.WorkerEntrypointStub;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

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
    return proxy(api, stub.toString(), new Calls(stub::call, stub::callAsync));
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
    return proxy(api, stub.toString(), new Calls(stub::call, stub::callAsync));
  }

  private static <T> T proxy(Class<T> api, String target, Calls call) {
    if (!api.isInterface()) {
      throw new IllegalArgumentException("RPC proxies need an interface, but " + api.getName() + " is a class");
    }
    InvocationHandler handler = (proxy, method, args) -> invoke(api, target, call, proxy, method, args);
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
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
    List<Object> values = new ArrayList<>();
    if (args != null) {
      for (Object arg : args) {
        values.add(arg == null ? null : JSON.convertValue(arg, Object.class));
      }
    }
    Class<?> returns = method.getReturnType();
    if (returns == CompletableFuture.class || returns == CompletionStage.class) {
      JavaType type = futureValueType(method.getGenericReturnType());
      return call.async().apply(method.getName(), values.toArray()).thenApply(value -> convert(value, type));
    }
    Object value = call.sync().apply(method.getName(), values.toArray());
    return returns == void.class ? null : convert(value, JSON.getTypeFactory().constructType(method.getGenericReturnType()));
  }

  private static JavaType futureValueType(Type returnType) {
    if (returnType instanceof ParameterizedType parameterized) {
      return JSON.getTypeFactory().constructType(parameterized.getActualTypeArguments()[0]);
    }
    return JSON.getTypeFactory().constructType(Object.class);
  }

  private static Object convert(Object value, JavaType type) {
    if (type.getRawClass() == Void.class || type.getRawClass() == void.class) {
      return null;
    }
    return JSON.convertValue(value, type);
  }

  /** The two ways to call one target: waiting (with the instance's timeout) or not. */
  private record Calls(
      BiFunction<String, Object[], Object> sync, BiFunction<String, Object[], CompletableFuture<Object>> async) {}
}
