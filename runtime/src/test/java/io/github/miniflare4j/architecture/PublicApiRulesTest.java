package io.github.miniflare4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public API line of the runtime (issue 14, item 5), checked on its compiled classes.
 *
 * <p>The API is every public type outside the {@code internal} packages (whose Javadoc is
 * published) except the boundary machinery listed in {@link #BOUNDARY_PACKAGES}. No public or
 * protected member of an API type may show a type of an {@code internal} package or of GraalJS
 * ({@code org.graalvm..}): a host method that JavaScript calls with a {@code Value} belongs to a
 * host class in the kind's {@code internal} package, not to its Java handle.
 *
 * <p>Why not a {@code module-info.java}: tried (session of issue 14), it compiles once every
 * package is exported or opened to GraalJS's modules (internal ones included: GraalJS reaches
 * {@code @HostAccess.Export} members reflectively) and every {@code META-INF/services} file is
 * repeated as {@code provides}; on the module path the engine then fails to start ("Duplicate
 * language id wasm": the runtime's own loading of GraalWasm on JDK 17 meets the module layer's).
 * And the extension, the samples and most users' test runs put the runtime on the class path,
 * where a module descriptor is ignored. A rule that runs with the tests holds on every path.
 */
class PublicApiRulesTest {

  private static final String BASE = "io.github.miniflare4j";

  /**
   * The Java/JavaScript boundary machinery: GraalJS is their subject, their public types exist for
   * the binding kinds' packages, not for users. Moving them under {@code internal} is a rename that
   * every binding kind's package follows (most import {@code engine}), left to its own change.
   */
  private static final Set<String> BOUNDARY_PACKAGES = Set.of(BASE + ".engine", BASE + ".webapi", BASE + ".interop");

  /**
   * Offenders outside the boundary packages that stay for now, with the reason. Each is the
   * object a kind's script calls (GraalJS needs it public) or a handle's constructor used across
   * packages; moving it to the kind's {@code internal} package is the fix, as done for {@code
   * email.SendEmail}. The test below fails when an entry no longer offends, so the list only shrinks.
   */
  private static final Map<String, String> KNOWN_OFFENDERS = Map.ofEntries(
      Map.entry("kv.KvNamespaceHost", "KV's script host; moving it needs KvOperations public"),
      Map.entry("r2.R2BucketHost$Writer", "the script host of an R2 multipart stream"),
      Map.entry("workflows.EngineHost", "the script host of a workflow run"),
      Map.entry("workflows.WorkflowBindingHost", "the script host of a Workflow binding"));

  private static final JavaClasses RUNTIME = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void api_types_show_no_internal_or_graaljs_type() {
    Map<String, List<String>> offenders = offenders();
    offenders.keySet().removeAll(KNOWN_OFFENDERS.keySet());
    assertThat(offenders)
        .as("public members of API types that show a type of an internal package or of GraalJS; move host methods "
            + "that take a GraalJS Value into a host class of the kind's internal package")
        .isEmpty();
  }

  @Test
  void every_known_offender_still_offends() {
    assertThat(offenders().keySet())
        .as("known offenders that no longer offend: remove them from KNOWN_OFFENDERS")
        .containsAll(KNOWN_OFFENDERS.keySet());
  }

  @Test
  void miniflare_shows_api_types_only() {
    JavaClass miniflare = RUNTIME.get(BASE + ".Miniflare");
    List<String> found = new ArrayList<>();
    for (JavaMember member : miniflare.getMembers()) {
      for (JavaClass type : shownTypes(member)) {
        if (!isApi(type)) {
          found.add(member.getFullName() + " shows " + type.getName());
        }
      }
    }
    assertThat(found).as("Miniflare's public members must take and return JDK or API types only").isEmpty();
  }

  /** Every API type with a public member showing a forbidden type, with those members. */
  private static Map<String, List<String>> offenders() {
    Map<String, List<String>> offenders = new TreeMap<>();
    for (JavaClass c : RUNTIME) {
      if (!isApi(c) || !c.getPackageName().startsWith(BASE)) {
        continue;
      }
      Set<String> bad = new TreeSet<>();
      for (JavaMember member : c.getMembers()) {
        for (JavaClass type : shownTypes(member)) {
          if (isInternal(type) || type.getPackageName().startsWith("org.graalvm")) {
            bad.add(member.getName() + " shows " + type.getSimpleName());
          }
        }
      }
      if (!bad.isEmpty()) {
        offenders.put(c.getName().substring(BASE.length() + 1), new ArrayList<>(bad));
      }
    }
    return offenders;
  }

  /** An API type: a JDK type, or a runtime type visible from outside that is neither internal nor boundary machinery. */
  private static boolean isApi(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    if (base.isPrimitive() || !base.getPackageName().startsWith(BASE)) {
      return !base.getPackageName().startsWith("org.graalvm");
    }
    return visible(base) && !isInternal(base) && !BOUNDARY_PACKAGES.contains(base.getPackageName());
  }

  private static boolean isInternal(JavaClass type) {
    String pkg = type.getBaseComponentType().getPackageName();
    return pkg.startsWith(BASE + ".") && (pkg.contains(".internal.") || pkg.endsWith(".internal"));
  }

  private static boolean visible(JavaClass type) {
    for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass();
  }

  /** The types a member shows to callers outside the runtime: none unless it is public (or protected in an open class). */
  private static Set<JavaClass> shownTypes(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    boolean open = !member.getOwner().getModifiers().contains(JavaModifier.FINAL);
    Set<JavaClass> types = new LinkedHashSet<>();
    if (!(modifiers.contains(JavaModifier.PUBLIC) || open && modifiers.contains(JavaModifier.PROTECTED))
        || modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
      return types;
    }
    if (member instanceof JavaField field) {
      types.addAll(field.getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit code) {
      if (code instanceof JavaMethod method) {
        types.addAll(method.getReturnType().getAllInvolvedRawTypes());
      }
      for (JavaType parameter : code.getParameterTypes()) {
        types.addAll(parameter.getAllInvolvedRawTypes());
      }
    }
    return types;
  }
}
