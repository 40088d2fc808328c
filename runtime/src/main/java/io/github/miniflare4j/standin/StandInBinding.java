package io.github.miniflare4j.standin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A binding answered by Java: {@code env.NAME.anyMethod(...)} returns a promise of what the
 * handler returns. For the bindings Miniflare cannot emulate locally (Workers AI, Vectorize,
 * Images, Browser Rendering, ...); a worker standing in works too, as a service binding.
 *
 * @param name the binding name
 * @param handler the Java code answering the calls
 */
public record StandInBinding(String name, StandInHandler handler) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "standin";
  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param handler the Java code answering the calls
   */
  public StandInBinding {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
  }

  /**
   * Any binding answered by {@code handler}.
   *
   * @param name the binding name
   * @param handler the Java code answering every method
   * @return the declaration, for {@code WorkerOptions.Builder.bind(...)}
   */
  public static StandInBinding of(String name, StandInHandler handler) {
    return new StandInBinding(name, handler);
  }

  /**
   * A Workers AI binding whose {@code run(model, inputs)} is answered by {@code model}.
   *
   * @param name the binding name, usually {@code AI}
   * @param model answers {@code run(model, inputs)}
   * @return the declaration
   */
  public static StandInBinding workersAi(String name, AiModel model) {
    return new StandInBinding(name, (method, args) -> {
      if (!method.equals("run")) {
        throw new UnsupportedOperationException("Workers AI stand-in \"" + name + "\" answers run(model, inputs) only, not " + method + "()");
      }
      return model.run(args.isEmpty() ? null : args.get(0).asText(), args.size() > 1 ? args.get(1) : null);
    });
  }

  /** Answers Workers AI's {@code run(model, inputs)}. */
  @FunctionalInterface
  public interface AiModel {
    /**
     * The model's answer.
     *
     * @param model the model name, e.g. {@code @cf/meta/llama-3-8b-instruct}
     * @param inputs the inputs, as JSON
     * @return the result, converted to JSON for the worker
     * @throws Exception to reject the call
     */
    Object run(String model, JsonNode inputs) throws Exception;
  }

  @Override
  public String kind() {
    return KIND;
  }
}
