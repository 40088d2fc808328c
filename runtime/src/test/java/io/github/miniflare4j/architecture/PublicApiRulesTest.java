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
 * host class in the kind's {@code internal} package, not to its Java handle. The Javadoc leaves
 * out the internal and the boundary packages (root pom), so an API type's signature should show no
 * boundary type either; {@link #KNOWN_BOUNDARY_USERS} lists those that still do.
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
   * API types whose public signature shows a boundary type (the Javadoc leaves those packages
   * out), with the reason. Most are the plugin SPI, whose contract is the engine's {@code
   * JsBinding}, {@code WorkerIsolate} and {@code WorkerDirectory}; moving those three into the
   * plugin package (or an SPI package of their own) would empty this list and is left to its own
   * change. The list only shrinks: the test below fails when an entry no longer shows one.
   */
  private static final Map<String, String> KNOWN_BOUNDARY_USERS = Map.ofEntries(
      Map.entry("plugin.PluginInstance", "the plugin SPI: bind returns the engine's JsBinding"),
      Map.entry("plugin.PluginContext", "the plugin SPI: workers() is the engine's WorkerDirectory"),
      Map.entry("plugin.KeyedHandles", "a PluginInstance (bind returns JsBinding)"),
      Map.entry("plugin.ScriptedBinding", "a JsBinding kinds return from bind"),
      Map.entry("plugin.JavaFetcher", "a JsBinding kinds return from bind"),
      Map.entry("service.WorkerEntrypointStub", "open takes the WorkerDirectory"),
      Map.entry("unemulated.UnemulatedBinding", "the JsBinding of a kind not emulated"),
      Map.entry("server.HttpServer$Dispatcher", "dispatch takes the engine's streamed request body and response sink"));

  private static final JavaClasses RUNTIME = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void api_types_show_no_internal_or_graaljs_type() {
    assertThat(offenders())
        .as("public members of API types that show a type of an internal package or of GraalJS; move host methods "
            + "that take a GraalJS Value into a host class of the kind's internal package")
        .isEmpty();
  }

  @Test
  void api_types_show_no_boundary_type() {
    Map<String, List<String>> found = boundaryUsers();
    found.keySet().removeAll(KNOWN_BOUNDARY_USERS.keySet());
    assertThat(found)
        .as("API types whose public signature (members, supertypes) shows a type of " + BOUNDARY_PACKAGES
            + ", which the Javadoc leaves out; keep such types in an internal package, or give the API type an API one")
        .isEmpty();
  }

  @Test
  void every_known_boundary_user_still_shows_one() {
    assertThat(boundaryUsers().keySet())
        .as("known boundary users that no longer show a boundary type: remove them from KNOWN_BOUNDARY_USERS")
        .containsAll(KNOWN_BOUNDARY_USERS.keySet());
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

  /** Every API type whose members or direct supertypes show a type of a boundary package, with what shows it. */
  private static Map<String, List<String>> boundaryUsers() {
    Map<String, List<String>> found = new TreeMap<>();
    for (JavaClass c : RUNTIME) {
      if (!isApi(c) || !c.getPackageName().startsWith(BASE)) {
        continue;
      }
      Set<String> shown = new TreeSet<>();
      for (JavaMember member : c.getMembers()) {
        for (JavaClass type : shownTypes(member)) {
          if (isBoundary(type)) {
            shown.add(member.getName() + " shows " + type.getSimpleName());
          }
        }
      }
      for (JavaClass supertype : c.getRawInterfaces()) {
        if (isBoundary(supertype)) {
          shown.add("implements " + supertype.getSimpleName());
        }
      }
      c.getRawSuperclass().filter(PublicApiRulesTest::isBoundary).ifPresent(s -> shown.add("extends " + s.getSimpleName()));
      if (!shown.isEmpty()) {
        found.put(c.getName().substring(BASE.length() + 1), new ArrayList<>(shown));
      }
    }
    return found;
  }

  private static boolean isBoundary(JavaClass type) {
    return BOUNDARY_PACKAGES.contains(type.getBaseComponentType().getPackageName());
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
