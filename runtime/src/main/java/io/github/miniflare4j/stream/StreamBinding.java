package io.github.miniflare4j.stream;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A Cloudflare Stream binding ({@code env.VIDEOS.upload(...)}, {@code .video(id)}, {@code
 * .videos}, {@code .watermarks}): Miniflare's {@code stream: {binding}} and Wrangler's {@code
 * [stream] binding}. Every binding of an instance shares one video store, as in Miniflare.
 *
 * @param name the binding name
 */
public record StreamBinding(String name) implements BindingDeclaration {

  /** The plugin kind, also the name of its persist directory. */
  public static final String KIND = "stream";

  /**
   * Checks the name.
   *
   * @param name the binding name
   */
  public StreamBinding {
    Objects.requireNonNull(name, "binding name");
  }

  /**
   * A binding for the worker builder: {@code bind(StreamBinding.of("VIDEOS"))}.
   *
   * @param name the binding name
   * @return the declaration
   */
  public static StreamBinding of(String name) {
    return new StreamBinding(name);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
