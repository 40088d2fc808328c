package io.github.miniflare4j.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.durable.DurableObjectStub;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Typed proxies over RPC: a Java interface whose methods call a Durable Object's RPC methods of
 * the same name. Arguments are turned into JSON-like values (maps, lists, strings, numbers,
 * booleans) by Jackson; results are converted back into the method's generic return type
 * ({@code void} ignores them). {@code Object} methods ({@code toString}, {@code equals},
 * {@code hashCode}) are answered locally.
 */
public final class RpcProxies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RpcProxies() {}

  /**
   * A proxy of {@code api} calling the object behind {@code stub}.
   *
   * @param <T> the interface type
   * @param api an interface; its methods name the object's RPC methods
   * @param stub the object; not {@code null}
   * @return the proxy
   * @throws IllegalArgumentException when {@code api} is not an interface
   */
  public static <T> T of(Class<T> api, DurableObjectStub stub) {
    Objects.requireNonNull(stub, "stub");
    if (!api.isInterface()) {
      throw new IllegalArgumentException("RPC proxies need an interface, but " + api.getName() + " is a class");
    }
    InvocationHandler handler = (proxy, method, args) -> invoke(api, stub, proxy, method, args);
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  private static Object invoke(Class<?> api, DurableObjectStub stub, Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> api.getSimpleName() + " proxy of " + stub;
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      };
    }
    List<Object> values = new ArrayList<>();
    if (args != null) {
      for (Object arg : args) {
        values.add(arg == null ? null : JSON.convertValue(arg, Object.class));
      }
    }
    Object result = stub.call(method.getName(), values.toArray());
    if (method.getReturnType() == void.class) {
      return null;
    }
    return JSON.convertValue(result, JSON.getTypeFactory().constructType(method.getGenericReturnType()));
  }
}
