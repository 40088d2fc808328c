package io.github.miniflare4j.secrets;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A Secrets Store secret binding ({@code await env.API_KEY.get()}).
 *
 * @param name the binding name
 * @param storeId the store's id
 * @param secretName the secret's name in the store
 */
public record SecretsStoreBinding(String name, String storeId, String secretName) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "secrets";

  /**
   * A binding for the worker builder.
   *
   * @param name the binding name
   * @param storeId the store's id
   * @param secretName the secret's name
   * @return the declaration
   */
  public static SecretsStoreBinding of(String name, String storeId, String secretName) {
    return new SecretsStoreBinding(name, storeId, secretName);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
