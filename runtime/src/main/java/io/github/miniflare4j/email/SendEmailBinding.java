package io.github.miniflare4j.email;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.List;
import java.util.Objects;

/**
 * A {@code send_email} binding: {@code await env.NAME.send(message)} with an {@code EmailMessage}
 * of {@code cloudflare:email} or a message builder object. Messages are kept, not delivered.
 *
 * @param name the binding name
 * @param destinationAddress the only recipient allowed, or {@code null}
 * @param allowedDestinationAddresses the recipients allowed, or {@code null} for any
 * @param allowedSenderAddresses the senders allowed, or {@code null} for any
 */
public record SendEmailBinding(
    String name, String destinationAddress, List<String> allowedDestinationAddresses, List<String> allowedSenderAddresses)
    implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "email";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param destinationAddress the only recipient allowed, or {@code null}
   * @param allowedDestinationAddresses the recipients allowed, or {@code null} for any
   * @param allowedSenderAddresses the senders allowed, or {@code null} for any
   * @throws IllegalArgumentException when both a destination and allowed destinations are given
   */
  public SendEmailBinding {
    Objects.requireNonNull(name, "name");
    if (destinationAddress != null && allowedDestinationAddresses != null) {
      throw new IllegalArgumentException("\"send_email\" bindings should have either a \"destination_address\" or "
          + "\"allowed_destination_addresses\" field, but not both.");
    }
    allowedDestinationAddresses = allowedDestinationAddresses == null ? null : List.copyOf(allowedDestinationAddresses);
    allowedSenderAddresses = allowedSenderAddresses == null ? null : List.copyOf(allowedSenderAddresses);
  }

  /**
   * A binding that sends to anyone: {@code bind(SendEmailBinding.of("EMAIL"))}.
   *
   * @param name the binding name
   * @return the declaration
   */
  public static SendEmailBinding of(String name) {
    return new SendEmailBinding(name, null, null, null);
  }

  /**
   * A binding that sends to one address only.
   *
   * @param name the binding name
   * @param destinationAddress the only recipient allowed
   * @return the declaration
   */
  public static SendEmailBinding toDestination(String name, String destinationAddress) {
    return new SendEmailBinding(name, Objects.requireNonNull(destinationAddress, "destinationAddress"), null, null);
  }

  /**
   * A binding restricted to some recipients and senders.
   *
   * @param name the binding name
   * @param allowedDestinationAddresses the recipients allowed, or {@code null} for any
   * @param allowedSenderAddresses the senders allowed, or {@code null} for any
   * @return the declaration
   */
  public static SendEmailBinding allowing(String name, List<String> allowedDestinationAddresses, List<String> allowedSenderAddresses) {
    return new SendEmailBinding(name, null, allowedDestinationAddresses, allowedSenderAddresses);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
