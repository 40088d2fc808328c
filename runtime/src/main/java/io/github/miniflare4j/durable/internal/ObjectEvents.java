package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.engine.JsRequestData;
import org.graalvm.polyglot.HostAccess;

/**
 * The one argument of each prelude entry that delivers an event to a Durable Object ({@code
 * internals.durableFetch(event, done)}, {@code durableCall}, {@code durableAlarm}): which object,
 * and what the event carries. Fields, not accessors, as {@code engine.FetchDispatch}: the prelude
 * reads each once.
 */
public final class ObjectEvents {

  private ObjectEvents() {}

  /** The object an event goes to. */
  public abstract static class Target {

    /** The exported class of the object. */
    @HostAccess.Export public final String className;

    /** The object's hex id. */
    @HostAccess.Export public final String id;

    /** The name the id came from, or {@code null}. */
    @HostAccess.Export public final String name;

    Target(String className, String id, String name) {
      this.className = className;
      this.id = id;
      this.name = name;
    }
  }

  /** A request to the object's {@code fetch()}. */
  public static final class Fetch extends Target {

    /** The request. */
    @HostAccess.Export public final JsRequestData request;

    Fetch(String className, String id, String name, JsRequestData request) {
      super(className, id, name);
      this.request = request;
    }
  }

  /** An RPC call of one of the object's methods. */
  public static final class Call extends Target {

    /** The method's name. */
    @HostAccess.Export public final String method;

    /** The arguments as clone text. */
    @HostAccess.Export public final String argsText;

    Call(String className, String id, String name, String method, String argsText) {
      super(className, id, name);
      this.method = method;
      this.argsText = argsText;
    }
  }

  /** A run of the object's {@code alarm()} handler. */
  public static final class Alarm extends Target {

    /** How many times this alarm has been retried (0 on its first run). */
    @HostAccess.Export public final int retryCount;

    /** When the alarm was scheduled, in epoch milliseconds (a double, as JavaScript reads it). */
    @HostAccess.Export public final double scheduledTime;

    Alarm(String className, String id, int retryCount, long scheduledTime) {
      super(className, id, null);
      this.retryCount = retryCount;
      this.scheduledTime = scheduledTime;
    }
  }
}
