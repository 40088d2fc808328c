package io.github.miniflare4j.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.engine.IsolateSpec.Script;
import io.github.miniflare4j.engine.ModuleSet;
import io.github.miniflare4j.engine.NodeCompat;
import io.github.miniflare4j.modules.ModuleException;
import io.github.miniflare4j.modules.ModuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Resolves a worker's code: where it comes from, its virtual path and its format. */
public final class WorkerSetup {

  private static final Pattern TOP_LEVEL_EXPORT =
      Pattern.compile("(^|[\\n;])\\s*export\\s+(default\\b|\\{|\\*|const\\b|let\\b|var\\b|class\\b|async\\b|function\\b)");

  private WorkerSetup() {}

  /**
   * Whether code looks like an ES module (it has a top-level {@code export}), as a script whose
   * format is not given is classified; otherwise it is a service-worker script.
   *
   * @param code the code
   * @return {@code true} for an ES module
   */
  public static boolean looksLikeModule(String code) {
    return TOP_LEVEL_EXPORT.matcher(code).find();
  }

  /**
   * Reads and classifies the code of the {@code index}-th worker.
   *
   * @param worker the worker's options
   * @param index the worker's position, naming it {@code script-<index>} in messages when unnamed
   * @return its code, entry path, import root and whether it is an ES module
   * @throws MiniflareException {@code ERR_VALIDATION} when the script file cannot be read, {@code
   *     ERR_MODULE_PARSE} when one of its modules does not compile or an import does not resolve
   */
  public static Script resolve(WorkerOptions worker, int index) {
    String label = worker.name().isEmpty() ? "script-" + index : worker.name();
    if (!worker.moduleMocks().isEmpty() && worker.scriptPath() == null) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Worker \"" + label + "\" mocks modules "
          + worker.moduleMocks().keySet() + ", but only a worker read from files (scriptPath, a Wrangler file) can: "
          + "give the mock's code as one of the worker's modules instead");
    }
    if (!worker.moduleDefinitions().isEmpty()) {
      return moduleList(worker, label);
    }
    String code;
    Path entry;
    Path root;
    String entryName = null;
    if (worker.scriptPath() != null && worker.script() == null) {
      Path file = worker.scriptPath().toAbsolutePath().normalize();
      try {
        code = Files.readString(file);
      } catch (IOException e) {
        throw new MiniflareException(
            ErrorCode.ERR_VALIDATION,
            "Worker \"" + label + "\": cannot read scriptPath " + file + " (" + e + "); "
                + "check the path, relative paths resolve against " + Path.of("").toAbsolutePath(),
            e);
      }
      entry = file;
      root = file.getParent();
      boolean modules = worker.modules() != null ? worker.modules() : TOP_LEVEL_EXPORT.matcher(code).find();
      ModuleSet rules = worker.modulesRules().isEmpty() ? ModuleSet.DEFAULT : ModuleSet.of(root, List.of(), worker.modulesRules());
      try {
        if (modules) {
          ModuleLoader loader = ModuleLoader.load(file, worker.moduleOptions(), worker.moduleMocks(),
              NodeCompat.nodejsCompatV2(worker.compatibilityDate(), worker.compatibilityFlags()));
          return new Script(loader.entrySource(), loader.entry(), root, true, rules, loader);
        }
        if (!worker.moduleMocks().isEmpty()) {
          throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Worker \"" + label + "\" mocks modules "
              + worker.moduleMocks().keySet() + ", but it is a service-worker script, which imports no modules");
        }
        return new Script(ModuleLoader.scriptSource(file, code), entry, root, false, rules, null);
      } catch (ModuleException e) {
        throw new MiniflareException(ErrorCode.ERR_MODULE_PARSE, "Worker \"" + label + "\": " + e.getMessage(), e);
      }
    } else if (worker.script() != null) {
      code = worker.script();
      if (worker.scriptPath() != null) {
        // Miniflare runs the given script; its scriptPath names it and is where its imports resolve
        entry = worker.scriptPath().toAbsolutePath().normalize();
        root = entry.getParent();
      } else {
        // workerd names an inline script by the worker's position, whatever the worker's name
        entryName = "script-" + index;
        entry = Path.of("/worker/" + entryName);
        root = null;
      }
    } else {
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          "Worker \"" + label + "\" has no code: set script(...) or scriptPath(...)");
    }
    boolean modules =
        worker.modules() != null ? worker.modules() : TOP_LEVEL_EXPORT.matcher(code).find();
    ModuleSet moduleSet =
        worker.modulesRules().isEmpty() ? ModuleSet.DEFAULT : ModuleSet.of(entry.getParent(), List.of(), worker.modulesRules());
    return new Script(code, entry, root, modules, moduleSet, null, entryName);
  }

  /** A worker given as Miniflare's {@code modules} array, under a virtual directory of its own. */
  private static Script moduleList(WorkerOptions worker, String label) {
    List<WorkerModule> modules = worker.moduleDefinitions();
    Path root = Path.of("/worker/" + sanitize(label));
    WorkerModule entry = modules.get(0);
    if (entry.type() != WorkerModule.Type.ES_MODULE) {
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          "Worker \"" + label + "\": the first of modules(...) is the entry and must be an ESModule, was "
              + entry.type().optionName() + " \"" + entry.path() + "\"");
    }
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (WorkerModule module : modules) {
      Path path = root.resolve(module.path()).normalize();
      if (Path.of(module.path()).isAbsolute() || !path.startsWith(root)) {
        throw new MiniflareException(
            ErrorCode.ERR_VALIDATION,
            "Worker \"" + label + "\": module path \"" + module.path() + "\" must be relative and stay inside the worker");
      }
      if (!seen.add(path)) {
        throw new MiniflareException(
            ErrorCode.ERR_VALIDATION, "Worker \"" + label + "\": two modules have the path \"" + module.path() + "\"");
      }
    }
    return new Script(entry.text(), root.resolve(entry.path()).normalize(), null, true,
        ModuleSet.of(root, modules.subList(1, modules.size()), worker.modulesRules()), null);
  }

  private static String sanitize(String label) {
    return label.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
