package io.github.miniflare4j.engine;

import java.time.Duration;

/**
 * The resource limits of a worker and how their breach is reported, in one place. Messages and
 * codes follow Cloudflare's production runtime, since workerd (and so Miniflare) does not enforce
 * CPU limits locally: error 1102 "Worker exceeded resource limits" rendered with status 503, and
 * the exception {@code Error: Worker exceeded CPU time limit.} in the logs.
 */
public final class WorkerLimits {

  /**
   * The default CPU limit of one uninterrupted run of JavaScript. Deliberately lower than
   * Cloudflare's 30 s default (and than the 30 s {@code dispatchTimeout}) so that a runaway test
   * fails with the CPU error, not a generic timeout; generous for the interpreter.
   */
  public static final Duration DEFAULT_CPU_LIMIT = Duration.ofSeconds(10);

  /**
   * The least CPU time a worker's top-level code gets, whatever the options say (Cloudflare
   * allows 1 s of startup; in a cold JVM the interpreter spends a few hundred ms on the first
   * module alone).
   */
  public static final Duration STARTUP_CPU_FLOOR = Duration.ofSeconds(2);

  /**
   * The default CPU limit of a worker's top-level code. workerd sets none locally, and a big
   * module graph (a GraphQL server with an auth library and syntax highlighting) takes tens of
   * seconds in the interpreter of a cold JVM where workerd takes a fraction of one; a top-level
   * loop that never ends still fails, only later.
   */
  public static final Duration DEFAULT_STARTUP_CPU_LIMIT = Duration.ofMinutes(2);

  /**
   * The default wall-clock limit on starting one instance's workers. The first start in a JVM
   * includes GraalJS's one-time warm-up (seconds of CPU), and a big module graph's evaluation
   * runs for a minute or more on a loaded 2-core machine; top-level code that spins is stopped by
   * its CPU limit.
   */
  public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(5);

  /** The status of the response Cloudflare sends when a worker exceeded its CPU limit. */
  public static final int CPU_EXCEEDED_STATUS = 503;

  /** The body Cloudflare sends to non-browser clients for error 1102. */
  public static final String CPU_EXCEEDED_BODY = "error code: 1102";

  /** The message of the error a caller (a binding, the logs) sees for an exceeded CPU limit. */
  public static final String CPU_EXCEEDED_MESSAGE = "Worker exceeded CPU time limit.";

  /** How Cloudflare reports top-level code that ran past the limit (error 10021). */
  public static final String STARTUP_CPU_EXCEEDED_MESSAGE = "Script startup exceeded CPU time limit.";

  /**
   * workerd's error for a request whose code hung: its promise is unsettled and nothing that could
   * settle it is pending (no timer, no I/O).
   */
  public static final String HUNG_MESSAGE = "The Workers runtime canceled this request because it detected that your "
      + "Worker's code had hung and would never generate a response. Refer to: "
      + "https://developers.cloudflare.com/workers/observability/errors/";

  /**
   * The flag of an error the runtime raised for a call rather than one the callee threw: its
   * caller receives it without the {@code remote} mark (the prelude's {@code NOT_REMOTE_FLAG}).
   */
  static final String NOT_REMOTE_FLAG = "notRemote";

  /** How long the watchdog waits for an interrupted script to stop before trying again. */
  static final Duration INTERRUPT_WAIT = Duration.ofSeconds(5);

  private WorkerLimits() {}

  /**
   * Checks a limit given in options: positive, or a message naming the option and the value.
   *
   * @param option the option's name, for the message
   * @param value the value given
   * @return {@code value}
   * @throws IllegalArgumentException when {@code value} is {@code null}, zero or negative
   */
  public static Duration requirePositive(String option, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(option + " must be a positive duration, was " + value);
    }
    return value;
  }
}
