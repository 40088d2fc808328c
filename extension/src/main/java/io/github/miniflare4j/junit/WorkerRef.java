package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the worker a parameter talks to.
 *
 * <ul>
 *   <li>On a {@link WorkerClient}: the client sends requests to that worker, bypassing routes.
 *       Without it, the client talks to the entry worker (the first one) through the
 *       instance's routing.
 *   <li>On an interface: a typed RPC proxy of the worker's default export (a class extending
 *       {@code WorkerEntrypoint} from {@code cloudflare:workers}, or an object of handler
 *       functions), or of the named entrypoint {@link #entrypoint()}. Each method of the
 *       interface calls the RPC method of the same name; see {@link RpcProxies} for the
 *       conversions and for {@code CompletableFuture} return types.
 * </ul>
 *
 * <pre>{@code
 * interface Calculator { int add(int a, int b); CompletableFuture<Integer> slowAdd(int a, int b); }
 *
 * @Test
 * void adds(@WorkerRef("calc") Calculator calc,
 *           @WorkerRef(value = "calc", entrypoint = "Admin") AdminApi admin) {
 *   assertThat(calc.add(2, 3)).isEqualTo(5);
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WorkerRef {

  /**
   * The worker's name; empty for the entry worker.
   *
   * @return the worker's name
   */
  String value() default "";

  /**
   * For RPC proxies: the name of an exported class extending {@code WorkerEntrypoint}; empty for
   * the default export. Not allowed on {@link WorkerClient} parameters.
   *
   * @return the entrypoint's export name, or empty
   */
  String entrypoint() default "";
}
