package io.github.miniflare4j.images;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A Cloudflare Images binding ({@code env.IMAGES.info(...)}, {@code .input(...)}, {@code
 * .hosted}): Miniflare's {@code images: {binding}} and Wrangler's {@code [images] binding}.
 *
 * @param name the binding name
 */
public record ImagesBinding(String name) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "images";

  /**
   * A binding for the worker builder: {@code bind(ImagesBinding.of("IMAGES"))}.
   *
   * @param name the binding name
   * @return the declaration
   */
  public static ImagesBinding of(String name) {
    return new ImagesBinding(name);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
