package io.github.miniflare4j.pipelines;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A Pipelines binding ({@code await env.PIPELINE.send(records)}).
 *
 * @param name the binding name
 * @param pipeline the pipeline written to; bindings naming the same pipeline share it
 */
public record PipelineBinding(String name, String pipeline) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "pipelines";

  /**
   * A binding for the worker builder: {@code bind(PipelineBinding.of("EVENTS", "events"))}.
   *
   * @param name the binding name
   * @param pipeline the pipeline
   * @return the declaration
   */
  public static PipelineBinding of(String name, String pipeline) {
    return new PipelineBinding(name, pipeline);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
