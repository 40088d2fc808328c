/**
 * Loading a worker project as it is on disk, the way Wrangler's bundler sees it but without
 * bundling: TypeScript stripped in the JVM with every line and column kept ({@code
 * TypeScriptStripper}), import specifiers resolved with esbuild's rules and Node's {@code
 * package.json} {@code exports} and {@code tsconfig.json} {@code paths} ({@link
 * io.github.miniflare4j.modules.ModuleResolver}), CommonJS
 * packages and JSON files turned into ES modules, Wrangler's {@code define} and {@code alias}
 * applied ({@link io.github.miniflare4j.modules.ModuleLoader}, configured by {@link
 * io.github.miniflare4j.modules.ModuleOptions}); source maps of pre-built files turn stack frames
 * back into the original sources' positions ({@link io.github.miniflare4j.modules.SourceMaps}). Used by the engine; users set {@code
 * WorkerOptions.scriptPath(...)} and, when needed, {@code moduleOptions(...)}.
 */
package io.github.miniflare4j.modules;
