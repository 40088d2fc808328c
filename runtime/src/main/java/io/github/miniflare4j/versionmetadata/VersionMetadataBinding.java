package io.github.miniflare4j.versionmetadata;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * The version metadata binding ({@code env.CF_VERSION_METADATA}): {@code {id, tag, timestamp}}
 * of the running version, as Miniflare makes it locally (a random id per instance, an empty tag,
 * the instance's start time).
 *
 * @param name the binding name
 */
public record VersionMetadataBinding(String name) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "versionmetadata";

  @Override
  public String kind() {
    return KIND;
  }
}
