package io.github.miniflare4j.junit;


import io.github.miniflare4j.Miniflare;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code classpath:} scripts and Wrangler files inside a jar (a worker shipped in a test-fixtures
 * artifact): read with their sibling modules, TypeScript and packages.
 */
class ClasspathJarTest {

  @Test
  void a_worker_inside_a_jar_is_read_with_its_modules(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("fixtures.jar");
    writeJar(jar, Map.of(
        "jarred/wrangler.toml", "name = \"jarred\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n",
        "jarred/package.json", "{ \"name\": \"jarred\", \"private\": true }",
        "jarred/src/index.ts", """
            import { shout } from "./shout";
            import { version } from "tiny-version";
            export default { fetch(): Response { return new Response(`${shout("hello from the jar")} (${version})`); } };
            """,
        "jarred/src/shout.ts", "export const shout = (s: string): string => s.toUpperCase();\n",
        "jarred/node_modules/tiny-version/package.json",
        "{ \"name\": \"tiny-version\", \"exports\": { \"workerd\": \"./workerd.js\", \"default\": \"./node.js\" } }",
        "jarred/node_modules/tiny-version/workerd.js", "export const version = \"v1\";\n"));

    // the first worker of a JVM warms the engine up: not within the extension's start-up limit on a busy machine
    try (Miniflare warm = new Miniflare(io.github.miniflare4j.MiniflareOptions.builder()
        .worker(io.github.miniflare4j.WorkerOptions.builder().script("export default { fetch() { return new Response(''); } }"))
        .startupTimeout(java.time.Duration.ofMinutes(3)).build())) {
      warm.dispatchFetch("http://localhost/");
    }
    try (ChildFirst loader = new ChildFirst(jar, getClass().getClassLoader(), JarScriptFixture.class, JarConfigFixture.class)) {
      var results = EngineTestKit.engine("junit-jupiter")
          .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(loader.loadClass(JarScriptFixture.class.getName())),
              org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(loader.loadClass(JarConfigFixture.class.getName())))
          .execute();

      Fixtures.assertAllSucceeded(results, 2);
    }
  }

  private static void writeJar(Path jar, Map<String, String> files) throws IOException {
    try (JarOutputStream out = new JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
      for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
        out.putNextEntry(new JarEntry(file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
  }

  /** Defines the fixture classes itself, so that their class loader is the one that sees the jar. */
  private static final class ChildFirst extends URLClassLoader {
    private final java.util.Set<String> own = new java.util.HashSet<>();

    ChildFirst(Path jar, ClassLoader parent, Class<?>... fixtures) throws IOException {
      super(new URL[] {jar.toUri().toURL()}, parent);
      for (Class<?> fixture : fixtures) {
        own.add(fixture.getName());
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (!own.contains(name)) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }

    @Override
    public URL getResource(String name) {
      URL mine = findResource(name);
      return mine != null ? mine : super.getResource(name);
    }
  }
}
