package io.github.miniflare4j.helloworld;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A binding of Miniflare's hello-world demo kind ({@code await env.HELLO.set(value)}, {@code
 * await env.HELLO.get()}).
 *
 * @param name the binding name
 * @param enableTimer the binding's {@code enable_timer} setting, or {@code null} when not set
 */
public record HelloWorldBinding(String name, Boolean enableTimer) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "hello-world";

  /**
   * A binding for the worker builder.
   *
   * @param name the binding name
   * @param enableTimer whether {@code get()} reports a timer ({@code ms: 100}); {@code null} for unset
   * @return the declaration
   */
  public static HelloWorldBinding of(String name, Boolean enableTimer) {
    return new HelloWorldBinding(name, enableTimer);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * The store this binding shares with every binding of the same settings, as Miniflare keys it:
   * the settings as JSON.
   *
   * @return {@code {}} or {@code {"enable_timer":true|false}}
   */
  public String storeKey() {
    return enableTimer == null ? "{}" : "{\"enable_timer\":" + enableTimer + "}";
  }
}
