package io.github.miniflare4j.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * workerd's table of compatibility flags (resource {@code compatibility-flags.txt}) and its checks of
 * a flag list, with workerd's messages (recorded through the Worker Loader): a flag named twice, a
 * field's enable and disable flags together, a flag no field has. Read once, at the first check.
 */
public final class CompatibilityFlagTable {

  /** One field of workerd's CompatibilityFlags: its enable flag and its disable flag (or null). */
  private record Field(String enable, String disable) {}

  private static final class Loaded {
    static final List<Field> FIELDS = read();
  }

  private CompatibilityFlagTable() {}

  /**
   * The first problem workerd reports for a list of flags, in its order of checks.
   *
   * @param flags the flags, as given
   * @return workerd's message, or null when the list is valid
   */
  public static String problem(List<String> flags) {
    Set<String> given = new LinkedHashSet<>();
    for (String flag : flags) {
      if (!given.add(flag)) {
        return "Compatibility flag specified multiple times: " + flag;
      }
    }
    Set<String> known = new HashSet<>();
    for (Field field : Loaded.FIELDS) {
      known.add(field.enable());
      if (field.disable() != null) {
        known.add(field.disable());
        if (given.contains(field.enable()) && given.contains(field.disable())) {
          return "Compatibility flags are mutually contradictory: " + field.enable() + " vs " + field.disable();
        }
      }
    }
    for (String flag : given) {
      if (!known.contains(flag)) {
        return "No such compatibility flag: " + flag;
      }
    }
    return null;
  }

  private static List<Field> read() {
    List<Field> fields = new ArrayList<>();
    try (InputStream in = CompatibilityFlagTable.class.getResourceAsStream("compatibility-flags.txt");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] names = line.trim().split(" ");
        fields.add(new Field(names[0], names.length > 1 ? names[1] : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(fields);
  }
}
