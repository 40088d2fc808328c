/**
 * The command-line dev server: {@code java -jar miniflare4j-runtime-<version>-cli.jar
 * [--config wrangler.toml] [--env NAME] [--host H] [--port P] [--persist DIR] [--modules]
 * [script.js]}. {@link io.github.miniflare4j.cli.Main} is the entry point; {@code --help}
 * documents the options.
 */
package io.github.miniflare4j.cli;
