package io.github.miniflare4j.http;

import java.util.Map;

/**
 * workerd's reason phrase for a status, the {@code statusText} of a {@code Response} constructed
 * without one (the same table as the prelude's {@code response.js}, which the JavaScript side
 * reads): a known code's phrase, else its class's ({@code 299} is {@code Successful}).
 */
final class DefaultStatusText {

  private static final Map<Integer, String> BY_CODE = Map.ofEntries(
      Map.entry(101, "Switching Protocols"), Map.entry(200, "OK"), Map.entry(201, "Created"),
      Map.entry(202, "Accepted"), Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
      Map.entry(205, "Reset Content"), Map.entry(206, "Partial Content"), Map.entry(207, "Multi-Status"),
      Map.entry(208, "Already Reported"), Map.entry(226, "IM Used"), Map.entry(300, "Multiple Choices"),
      Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
      Map.entry(304, "Not Modified"), Map.entry(305, "Use Proxy"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"),
      Map.entry(410, "Gone"), Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
      Map.entry(413, "Payload Too Large"), Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(416, "Range Not Satisfiable"), Map.entry(417, "Expectation Failed"), Map.entry(418, "I'm a teapot"),
      Map.entry(421, "Misdirected Request"), Map.entry(422, "Unprocessable Entity"), Map.entry(423, "Locked"),
      Map.entry(424, "Failed Dependency"), Map.entry(426, "Upgrade Required"), Map.entry(428, "Precondition Required"),
      Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
      Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"),
      Map.entry(506, "Variant Also Negotiates"), Map.entry(507, "Insufficient Storage"), Map.entry(508, "Loop Detected"),
      Map.entry(510, "Not Extended"), Map.entry(511, "Network Authentication Required"));
  private static final String[] BY_CLASS = {"", "Informational", "Successful", "Redirection", "Client Error", "Server Error"};

  private DefaultStatusText() {}

  /** The phrase of {@code status}, or the empty string outside 100 to 599. */
  static String of(int status) {
    String known = BY_CODE.get(status);
    if (known != null) {
      return known;
    }
    int statusClass = status / 100;
    return statusClass >= 1 && statusClass < BY_CLASS.length ? BY_CLASS[statusClass] : "";
  }
}
