package io.github.miniflare4j.interop;

import java.util.Objects;
import org.graalvm.polyglot.Value;

/**
 * The one options object a prelude call passes to a host method instead of positional arguments
 * ({@code host.put({key, value, expiration})}), read member by member. A member that is absent,
 * {@code undefined} or {@code null} is "not given": the optional readers return {@code null},
 * the required ones fail naming the member. Read on the loop thread that owns the object.
 */
public final class JsOptions {

  private final Value object;
  private final String what;

  private JsOptions(Value object, String what) {
    this.object = object;
    this.what = what;
  }

  /**
   * Wraps the prelude's object.
   *
   * @param object a JavaScript object
   * @param what the call it belongs to, for messages (such as {@code "KV put"})
   * @return the reader
   * @throws IllegalArgumentException when {@code object} is not an object with members
   */
  public static JsOptions of(Value object, String what) {
    if (object == null || !object.hasMembers()) {
      throw new IllegalArgumentException(what + ": expected an options object, got " + object);
    }
    return new JsOptions(object, Objects.requireNonNull(what, "what"));
  }

  /**
   * A member as it is, for members of no fixed type (bytes, callbacks).
   *
   * @param name the member's name
   * @return its value, or {@code null} when not given
   */
  public Value value(String name) {
    Value member = object.getMember(name);
    return member == null || member.isNull() ? null : member;
  }

  /**
   * A string member that must be given.
   *
   * @param name the member's name
   * @return its value
   * @throws IllegalArgumentException when it is not given
   */
  public String string(String name) {
    return required(name).asString();
  }

  /**
   * A string member that may be left out.
   *
   * @param name the member's name
   * @return its value, or {@code null} when not given
   */
  public String optionalString(String name) {
    Value member = value(name);
    return member == null ? null : member.asString();
  }

  /**
   * A 32-bit integer member that must be given.
   *
   * @param name the member's name
   * @return its value
   * @throws IllegalArgumentException when it is not given
   */
  public int integer(String name) {
    return required(name).asInt();
  }

  /**
   * A 32-bit integer member that may be left out.
   *
   * @param name the member's name
   * @return its value, or {@code null} when not given
   */
  public Integer optionalInt(String name) {
    Value member = value(name);
    return member == null ? null : member.asInt();
  }

  /**
   * An integer member with a default.
   *
   * @param name the member's name
   * @param absent the value when not given
   * @return its value, or {@code absent}
   */
  public int intOr(String name, int absent) {
    Value member = value(name);
    return member == null ? absent : member.asInt();
  }

  /**
   * A number member that must be given (epoch milliseconds, durations).
   *
   * @param name the member's name
   * @return its value
   * @throws IllegalArgumentException when it is not given
   */
  public double number(String name) {
    return required(name).asDouble();
  }

  /**
   * A boolean member; not given reads as {@code false}.
   *
   * @param name the member's name
   * @return its value, {@code false} when not given
   */
  public boolean flag(String name) {
    Value member = value(name);
    return member != null && member.asBoolean();
  }

  /**
   * The bytes of a Uint8Array / ArrayBuffer member, copied in bulk.
   *
   * @param name the member's name
   * @return a copy of the bytes, or {@code null} when not given
   */
  public byte[] bytes(String name) {
    return JsBytes.bytesOrNull(value(name));
  }

  private Value required(String name) {
    Value member = value(name);
    if (member == null) {
      throw new IllegalArgumentException(what + ": the options object has no \"" + name + "\"");
    }
    return member;
  }
}
