package io.github.miniflare4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line. Options take their value as the next argument or after {@code =}
 * ({@code --port 8787}, {@code --port=8787}); {@code --config} may be repeated, one worker per
 * file.
 */
record CliArguments(
    List<Path> configs,
    String env,
    String host,
    int port,
    Path persist,
    boolean modules,
    Path script,
    Map<String, String> vars,
    boolean testScheduled,
    boolean help) {

  static final int DEFAULT_PORT = 8787;
  static final String DEFAULT_HOST = "127.0.0.1";

  /** A command line that cannot be understood; the message says which argument and why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static CliArguments parse(String... args) throws UsageException {
    List<Path> configs = new ArrayList<>();
    String env = null;
    String host = DEFAULT_HOST;
    int port = DEFAULT_PORT;
    Path persist = null;
    boolean modules = false;
    Path script = null;
    Map<String, String> vars = new LinkedHashMap<>();
    boolean testScheduled = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      switch (name) {
        case "-h", "--help" -> help = true;
        case "--modules" -> modules = true;
        case "--test-scheduled" -> testScheduled = true;
        case "-c", "--config" -> configs.add(Path.of(value(args, i++, name, inline)));
        case "-e", "--env" -> env = value(args, i++, name, inline);
        case "-H", "--host" -> host = value(args, i++, name, inline);
        case "-p", "--port" -> port = port(value(args, i++, name, inline));
        case "--persist" -> persist = Path.of(value(args, i++, name, inline));
        case "--var" -> putVar(vars, value(args, i++, name, inline));
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg + "; see --help for the options");
          }
          if (script != null) {
            throw new UsageException("only one script may be given, got " + script + " and " + arg);
          }
          script = Path.of(arg);
        }
      }
      if (inline != null) {
        i--; // the value was part of this argument, not the next one
      }
    }
    return new CliArguments(List.copyOf(configs), env, host, port, persist, modules, script, Map.copyOf(vars), testScheduled, help);
  }

  /** Wrangler's {@code --var NAME:VALUE}: the value is everything after the first colon. */
  private static void putVar(Map<String, String> vars, String text) throws UsageException {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new UsageException("--var needs NAME:VALUE, got \"" + text + "\"");
    }
    vars.put(text.substring(0, colon), text.substring(colon + 1));
  }

  private static String value(String[] args, int i, String name, String inline) throws UsageException {
    if (inline != null) {
      return inline;
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(name + " needs a value; see --help");
    }
    return args[i + 1];
  }

  private static int port(String text) throws UsageException {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a number from 0 to 65535, got \"" + text + "\"");
  }
}
