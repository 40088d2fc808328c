package io.github.miniflare4j.plugin;

import io.github.miniflare4j.WorkerModule;
import java.nio.file.Path;
import java.util.List;

/**
 * How one worker of the instance is defined, for kinds that run or check another worker's code
 * (wrapped bindings): a view of its options without the public option types.
 *
 * @param name the worker's name
 * @param modules ES modules ({@code true}), service worker ({@code false}) or unset ({@code null})
 * @param moduleList Miniflare's {@code modules} array, empty when the code is a script
 * @param script the inline code, or {@code null}
 * @param scriptPath the code's file, or {@code null}
 * @param compatibilityDate the compatibility date, or {@code null} when unset
 * @param compatibilityFlags the compatibility flags
 * @param ownOutbound whether the worker sets an outbound service of its own
 * @param declarations the worker's bindings of every kind, in declaration order
 */
public record WorkerDefinition(
    String name,
    Boolean modules,
    List<WorkerModule> moduleList,
    String script,
    Path scriptPath,
    String compatibilityDate,
    List<String> compatibilityFlags,
    boolean ownOutbound,
    List<BindingDeclaration> declarations) {}
