package io.github.miniflare4j.webapi;

/**
 * A Web Crypto operation refused with a {@code DOMException} name and workerd's message; the
 * prelude turns it into that exception. Package-private: it never leaves this package.
 */
final class CryptoFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String domName;

  CryptoFailure(String domName, String message) {
    super(message, null, false, false);
    this.domName = domName;
  }

  /** The {@code DOMException} name ({@code DataError}, {@code OperationError}, ...). */
  String domName() {
    return domName;
  }

  static CryptoFailure data(String message) {
    return new CryptoFailure("DataError", message);
  }

  static CryptoFailure operation(String message) {
    return new CryptoFailure("OperationError", message);
  }
}
