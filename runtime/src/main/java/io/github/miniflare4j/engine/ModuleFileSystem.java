package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerModule;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import io.github.miniflare4j.modules.ModuleException;
import io.github.miniflare4j.modules.ModuleLoader;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system a worker's Context sees: read-only, serving the built-in modules
 * ({@code cloudflare:workers}, {@code node:*}) from memory and, for a worker loaded from a
 * file, the files under that file's directory, or, for a worker loaded through a {@link
 * ModuleLoader}, the modules it serves (prepared: TypeScript stripped, imports resolved). Every
 * other path does not exist; reading one fails with workerd's {@code No such module "<name>".},
 * which GraalJS passes on as the message of the {@code import}'s error (see {@link
 * #newByteChannel}).
 */
final class ModuleFileSystem implements FileSystem {

  /** Where built-in modules live in the virtual tree. */
  static final Path BUILTIN_ROOT = Path.of("/__miniflare4j_builtin__");
  /** Where the modules bindings stand for ({@link ModuleBinding}) live in the virtual tree. */
  static final Path NAMED_ROOT = Path.of("/__miniflare4j_named__");

  private final Path root;
  // what module names are relative to, as workerd names them in its errors
  private final Path namesRoot;
  private final Map<Path, String> virtualFiles;
  private final ModuleSet modules;
  // the sources standing for Text, Data, CompiledWasm and CommonJS modules, made once each
  private final Map<Path, String> synthetic = new HashMap<>();
  private final boolean nodeBareSpecifiers;
  private final ModuleLoader loader;
  // node:process is served as workerd's full process (enable_nodejs_process_v2)
  private boolean processV2;
  // Wrangler's nodejs_compat_v2 bundling stands in for Node.js modules the date does not provide
  private boolean nodePolyfills;
  private boolean noNodeModules;
  // modules importable by a bare name from anywhere in the worker (ModuleBinding), by name
  private Map<String, WorkerModule> namedModules = Map.of();

  /**
   * @param root the directory whose files may be imported, or {@code null} for none
   * @param virtualFiles extra in-memory files (the inline entry script), absolute paths
   * @param nodeBareSpecifiers whether a bare Node.js module name ({@code "buffer"}) means the
   *     {@code node:} module, as under workerd's {@code nodejs_compat_v2}
   */
  ModuleFileSystem(Path root, Map<Path, String> virtualFiles) {
    this(root, virtualFiles, ModuleSet.DEFAULT, null, false);
  }

  /**
   * @param root the directory whose files may be imported, or {@code null} for none
   * @param virtualFiles extra in-memory files (the inline entry script), absolute paths
   * @param modules the in-memory modules and the rules giving files their module type
   * @param loader serves the prepared (stripped, resolved) modules of a worker loaded from files,
   *     or {@code null}; files a module rule types are served from {@code modules} first
   * @param nodeBareSpecifiers whether Node's built-ins resolve without the {@code node:} prefix
   */
  ModuleFileSystem(
      Path root, Map<Path, String> virtualFiles, ModuleSet modules, ModuleLoader loader, boolean nodeBareSpecifiers) {
    this.root = root == null ? null : root.toAbsolutePath().normalize();
    this.virtualFiles = new HashMap<>(virtualFiles);
    this.namesRoot = namesRoot(this.root, modules, virtualFiles);
    this.modules = modules;
    this.loader = loader;
    this.nodeBareSpecifiers = nodeBareSpecifiers;
  }

  /**
   * The directory module names are relative to: the worker's directory on disk, else the virtual
   * directory of its in-memory modules, else that of its inline script.
   */
  private static Path namesRoot(Path root, ModuleSet modules, Map<Path, String> virtualFiles) {
    if (root != null) {
      return root;
    }
    if (modules.root() != null) {
      return modules.root();
    }
    if (virtualFiles.size() == 1) {
      Path parent = virtualFiles.keySet().iterator().next().getParent();
      if (parent != null) {
        return parent;
      }
    }
    return Path.of("/");
  }

  /**
   * The worker's modules as node:fs shows them under {@code /bundle}: each module's name (see
   * {@link #moduleName}) and contents, the inline entry script and in-memory modules; a worker
   * loaded from a directory shows none (its files are not known as one set up front).
   *
   * @return names to bytes, in declaration order
   */
  java.util.LinkedHashMap<String, byte[]> bundleFiles() {
    java.util.LinkedHashMap<String, byte[]> out = new java.util.LinkedHashMap<>();
    if (root != null) {
      return out;
    }
    for (Map.Entry<Path, String> file : virtualFiles.entrySet()) {
      // the inline script, which Miniflare names script-<index>, as its virtual path does
      out.put(moduleName(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<Path, io.github.miniflare4j.WorkerModule> module : modules.modules().entrySet()) {
      out.put(moduleName(module.getKey()), module.getValue().contents());
    }
    return out;
  }

  /**
   * The name workerd gives the module at a path: relative to the worker's modules root, without a
   * leading slash; a path outside that root (an absolute specifier) is named from the top.
   */
  String moduleName(Path path) {
    Path normal = toAbsolutePath(path).normalize();
    if (normal.startsWith(NAMED_ROOT) && normal.getNameCount() == 2) {
      return normal.getFileName().toString();
    }
    Path named = normal.startsWith(namesRoot) ? namesRoot.relativize(normal) : normal.getRoot().relativize(normal);
    String name = named.toString().replace('\\', '/');
    return name.isEmpty() ? "." : name; // the root itself, as workerd names it
  }

  /**
   * The virtual path of the module workerd names {@code name} ({@code "src/lib.js"}, {@code ""}
   * for the modules root): under the directory module names are relative to.
   */
  Path modulePath(String name) {
    return name.isEmpty() ? namesRoot : namesRoot.resolve(name).normalize();
  }

  /**
   * Whether the worker has a module at {@code path}: an inline script, an in-memory module, a
   * prepared module or a file of its directory.
   */
  boolean hasModule(Path path) {
    try {
      return content(path) != null || readable(path) != null;
    } catch (IOException e) {
      return true; // it exists but cannot be prepared: loading it reports why
    }
  }

  /** The type of the worker's module at {@code path}; an inline script or an untyped file is an ES module. */
  WorkerModule.Type moduleType(Path path) {
    WorkerModule.Type type = typeAt(toAbsolutePath(path).normalize());
    return type == null ? WorkerModule.Type.ES_MODULE : type;
  }

  /**
   * The bytes of an in-memory module or of a file of the worker's directory.
   *
   * @throws NoSuchFileException when the worker has no such module
   */
  byte[] moduleBytes(Path path) throws IOException {
    Path normal = toAbsolutePath(path).normalize();
    WorkerModule module = modules.module(normal);
    if (module != null) {
      return module.contents();
    }
    Path file = root != null && normal.startsWith(root) ? fileInRoot(ModuleSet.fileOf(normal)) : importedFile(normal);
    if (file == null) {
      throw new NoSuchFileException(path.toString());
    }
    return Files.readAllBytes(file);
  }

  /**
   * The virtual path of a built-in module specifier such as {@code cloudflare:workers}; a name
   * with slashes ({@code stream/promises}) becomes nested directories.
   */
  static Path builtinPath(String scheme, String name) {
    return BUILTIN_ROOT.resolve(scheme).resolve(name + ".mjs");
  }

  @Override
  public Path parsePath(URI uri) {
    String scheme = uri.getScheme();
    if ("file".equals(scheme)) {
      return Path.of(uri);
    }
    if (scheme != null && uri.isOpaque()) {
      return builtinPath(scheme, uri.getSchemeSpecificPart());
    }
    throw new UnsupportedOperationException("Cannot import " + uri);
  }

  @Override
  public Path parsePath(String path) {
    int colon = path.indexOf(':');
    if (colon > 1 && !path.startsWith("/") && path.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
      return builtinPath(path.substring(0, colon), path.substring(colon + 1));
    }
    if (nodeBareSpecifiers && NodeModuleNames.isNodeModule(path)) {
      return builtinPath("node", path);
    }
    return Path.of(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
      throw new AccessDeniedException(path.toString(), null, "workers cannot write or execute files");
    }
    if (content(path) == null && readable(path) == null && nodeAlias(path) == null && namedAlias(path) == null) {
      throw new NoSuchFileException(path.toString());
    }
  }

  /**
   * The {@code node:} module a bare specifier such as {@code "buffer"} names under {@code
   * nodejs_compat_v2}, or {@code null}. GraalJS resolves bare specifiers against the importer's
   * directory, as workerd does, so {@code "stream/promises"} imported by {@code src/index.js}
   * arrives as {@code <root>/src/stream/promises}: a path the worker has no module at whose last
   * one or two names spell a Node.js module, inside the modules root, stands for that module.
   */
  private Path nodeAlias(Path path) throws IOException {
    if (!nodeBareSpecifiers) {
      return null;
    }
    Path normal = toAbsolutePath(path).normalize();
    if (normal.startsWith(BUILTIN_ROOT) || !normal.startsWith(namesRoot)) {
      return null;
    }
    int count = normal.getNameCount();
    for (int names = 1; names <= 2 && names < count; names++) {
      String name = normal.subpath(count - names, count).toString().replace('\\', '/');
      if (NodeModuleNames.isNodeModule(name) && content(normal) == null && readable(normal) == null) {
        return builtinPath("node", name);
      }
    }
    return null;
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    throw new AccessDeniedException(dir.toString(), null, "workers cannot write files");
  }

  @Override
  public void delete(Path path) throws IOException {
    throw new AccessDeniedException(path.toString(), null, "workers cannot delete files");
  }

  /**
   * Opens a module for reading. A path the worker does not have fails with a plain {@link
   * IOException} whose message is workerd's {@code No such module "<name>".}: GraalJS makes that
   * message the error of the {@code import} (a {@link java.nio.file.FileSystemException} would
   * become its own {@code Cannot find module '<path>'}). Existence checks ({@link #checkAccess},
   * {@link #readAttributes}) still report {@link NoSuchFileException}.
   */
  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    for (OpenOption option : options) {
      if (option != StandardOpenOption.READ) {
        throw new AccessDeniedException(path.toString(), null, "workers cannot write files");
      }
    }
    Path normal = toAbsolutePath(path).normalize();
    if (noNodeModules && normal.startsWith(NODE_ROOT)) {
      String name = NODE_ROOT.relativize(normal).toString().replace('\\', '/');
      throw new IOException("No such module \"node:" + name.substring(0, name.length() - ".mjs".length()) + "\".");
    }
    String text = content(path);
    if (text != null) {
      return new BytesChannel(ImportMetaShim.apply(text).getBytes(StandardCharsets.UTF_8));
    }
    Path file = readable(path);
    if (file == null) {
      throw new IOException("No such module \"" + moduleName(path) + "\".");
    }
    String shimmed = shimmedFile(file);
    return shimmed != null
        ? new BytesChannel(shimmed.getBytes(StandardCharsets.UTF_8))
        : Files.newByteChannel(file, StandardOpenOption.READ);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    throw new AccessDeniedException(dir.toString(), null, "workers cannot list directories");
  }

  /**
   * A module that stands for a non-JavaScript file is JavaScript, whatever its name: without
   * this, GraalJS would load a {@code .wasm} import as WebAssembly source itself.
   */
  @Override
  public String getMimeType(Path path) {
    Path normal = toAbsolutePath(path).normalize();
    if (virtualFiles.containsKey(normal) || normal.startsWith(BUILTIN_ROOT)) {
      return null;
    }
    try {
      return content(normal) != null ? "application/javascript+module" : null;
    } catch (IOException e) {
      return null; // the read that follows reports the module's error
    }
  }

  @Override
  public Path toAbsolutePath(Path path) {
    // a relative path is a module of the worker: an inline entry's source is named by its bare
    // name (script-0), and what it imports resolves beside it
    return path.isAbsolute() ? inModulesRoot(path.normalize()) : (root != null ? root : namesRoot).resolve(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    // a bare Node.js module name is that module, whichever directory imported it; so is a module
    // a binding stands for
    Path alias = nodeAlias(path);
    if (alias == null) {
      alias = namedAlias(path);
    }
    return alias != null ? alias : toAbsolutePath(path).normalize();
  }

  /**
   * For a worker of in-memory modules, an absolute specifier ({@code "/lib/a.mjs"}) names a module
   * from the modules root, as in workerd; other paths are left as they are.
   */
  private Path inModulesRoot(Path normal) {
    if (root != null || modules.root() == null || normal.startsWith(namesRoot) || normal.startsWith(BUILTIN_ROOT)
        || normal.startsWith(NAMED_ROOT) || virtualFiles.containsKey(normal)) {
      return normal;
    }
    return namesRoot.resolve(normal.getRoot().relativize(normal).toString()).normalize();
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    String text = content(path);
    long size;
    if (text != null) {
      size = ImportMetaShim.apply(text).getBytes(StandardCharsets.UTF_8).length;
    } else {
      Path file = readable(path);
      if (file == null) {
        throw new NoSuchFileException(path.toString());
      }
      String shimmed = shimmedFile(file);
      size = shimmed != null ? shimmed.getBytes(StandardCharsets.UTF_8).length : Files.size(file);
    }
    FileTime epoch = FileTime.fromMillis(0);
    Map<String, Object> attrs = new HashMap<>();
    attrs.put("isRegularFile", true);
    attrs.put("isDirectory", false);
    attrs.put("isSymbolicLink", false);
    attrs.put("isOther", false);
    attrs.put("size", size);
    attrs.put("lastModifiedTime", epoch);
    attrs.put("lastAccessTime", epoch);
    attrs.put("creationTime", epoch);
    attrs.put("fileKey", null);
    return attrs;
  }

  /** A JavaScript file of the worker's directory with {@link ImportMetaShim}; {@code null} when it needs none. */
  private static String shimmedFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (!name.endsWith(".js") && !name.endsWith(".mjs")) {
      return null;
    }
    String code = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String shimmed = ImportMetaShim.apply(code);
    return shimmed == code ? null : shimmed;
  }

  /**
   * Serves {@code node:process} as workerd does under {@code enable_nodejs_process_v2}: every
   * member of the process object is a named export (the legacy module has only a few).
   *
   * @return this file system
   */
  ModuleFileSystem processV2(boolean on) {
    this.processV2 = on;
    return this;
  }

  /**
   * Refuses every {@code node:} module when reading it, as workerd does for a worker without
   * {@code nodejs_compat}: the import fails with {@code No such module "node:<name>".} naming the
   * module the worker imported, not one that module imports (a refusal when evaluating would name
   * the innermost, which evaluates first).
   *
   * @param off whether the worker's flags provide no {@code node:} module
   * @return this file system
   */
  ModuleFileSystem noNodeModules(boolean off) {
    this.noNodeModules = off;
    return this;
  }

  /**
   * Serves the Node.js modules behind a compatibility flag the worker lacks ({@code node:fs}
   * before 2025-09-15, {@code node:http} before 2025-08-15, ...) instead of refusing them, as a
   * worker Wrangler bundles under {@code nodejs_compat_v2} gets a polyfill (unenv's) for each.
   *
   * @param on whether to serve them
   * @return this file system
   */
  ModuleFileSystem nodePolyfills(boolean on) {
    this.nodePolyfills = on;
    return this;
  }

  /**
   * Serves modules by a bare name from any directory of the worker, where the worker has no
   * module of that path itself: the modules a modules-format worker imports instead of {@code
   * env} entries ({@link ModuleBinding}, such as Workers Sites' {@code __STATIC_CONTENT_MANIFEST}).
   *
   * @param named the modules by name; their own paths are ignored
   * @return this file system
   */
  ModuleFileSystem namedModules(Map<String, WorkerModule> named) {
    this.namedModules = Map.copyOf(named);
    return this;
  }

  /**
   * The path of the named module a bare specifier stands for: GraalJS resolves {@code
   * "__STATIC_CONTENT_MANIFEST"} against the importer's directory, so any path whose last name is
   * a named module's, where the worker has no module, is that module; {@code null} otherwise.
   */
  private Path namedAlias(Path path) throws IOException {
    if (namedModules.isEmpty()) {
      return null;
    }
    Path normal = toAbsolutePath(path).normalize();
    Path last = normal.getFileName();
    if (last == null || normal.startsWith(BUILTIN_ROOT) || normal.startsWith(NAMED_ROOT)
        || !namedModules.containsKey(last.toString())) {
      return null;
    }
    return content(normal) == null && readable(normal) == null ? NAMED_ROOT.resolve(last.toString()) : null;
  }

  private static final Path NODE_ROOT = BUILTIN_ROOT.resolve("node");
  private static final Path NODE_PROCESS = BUILTIN_ROOT.resolve("node/process.mjs");
  private static final Path NODE_PROCESS_V2 = BUILTIN_ROOT.resolve("node-internal/process_v2.mjs");

  /** In-memory or prepared content; {@code null} when the path is none of those. */
  private String content(Path path) throws IOException {
    Path normal = toAbsolutePath(path).normalize();
    if (processV2 && normal.equals(NODE_PROCESS)) {
      normal = NODE_PROCESS_V2;
    }
    String text = virtualFiles.get(normal);
    if (text == null && normal.startsWith(BUILTIN_ROOT)) {
      text = BuiltinModules.source(normal, nodePolyfills);
    }
    if (text == null) {
      text = synthetic.get(normal);
      if (text == null) {
        text = syntheticSource(normal);
        if (text != null) {
          synthetic.put(normal, text);
        }
      }
    }
    if (text == null && loader != null) {
      try {
        text = loader.source(normal);
      } catch (ModuleException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return text;
  }

  /**
   * The source of an in-memory module, of a file a module rule types, or of the body module of
   * either when it is CommonJS ({@link CommonJsModuleSource}); {@code null} otherwise.
   */
  private String syntheticSource(Path normal) {
    String fileName = normal.getFileName() == null ? "" : normal.getFileName().toString();
    if (fileName.endsWith(CommonJsModuleSource.BODY_SUFFIX)) {
      Path module = normal.resolveSibling(fileName.substring(0, fileName.length() - CommonJsModuleSource.BODY_SUFFIX.length()));
      byte[] code = commonJsCode(module);
      return code == null ? null
          : CommonJsModuleSource.body(module, moduleName(module), new String(code, StandardCharsets.UTF_8), this::typeAt);
    }
    WorkerModule module = normal.startsWith(NAMED_ROOT) && normal.getNameCount() == 2
        ? namedModules.get(normal.getFileName().toString()) : modules.module(normal);
    if (module != null) {
      return SyntheticModules.source(module.type(), normal, module.contents(), false);
    }
    WorkerModule.Type type = ruleTypeOf(normal);
    if (type == null || type == WorkerModule.Type.ES_MODULE) {
      return null;
    }
    Path file = root != null && normal.startsWith(root) ? fileInRoot(ModuleSet.fileOf(normal)) : importedFile(normal);
    if (file == null) {
      return null;
    }
    try {
      return SyntheticModules.source(type, normal, type == WorkerModule.Type.TEXT ? Files.readAllBytes(file) : new byte[0], true);
    } catch (IOException e) {
      return null;
    }
  }

  /** The code of the CommonJS module at {@code normal} (in memory, or a file a rule types), or {@code null}. */
  byte[] commonJsCode(Path normal) {
    WorkerModule module = modules.module(normal);
    if (module != null) {
      return module.type() == WorkerModule.Type.COMMON_JS ? module.contents() : null;
    }
    if (ruleTypeOf(normal) != WorkerModule.Type.COMMON_JS) {
      return null;
    }
    Path file = root != null && normal.startsWith(root) ? fileInRoot(normal) : importedFile(normal);
    try {
      return file == null ? null : Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }

  /** The module type of another module of the worker, for CommonJS {@code require}; {@code null} when unknown. */
  private WorkerModule.Type typeAt(Path normal) {
    WorkerModule module = normal.startsWith(NAMED_ROOT) && normal.getNameCount() == 2
        ? namedModules.get(normal.getFileName().toString()) : modules.module(normal);
    if (module != null) {
      return module.type();
    }
    if ((root != null && normal.startsWith(root)) || loader != null) {
      WorkerModule.Type type = ruleTypeOf(normal);
      return type != null ? type : WorkerModule.Type.ES_MODULE;
    }
    return null;
  }

  /**
   * The type the module rules give a file: matched on its path inside the root, or, for a file
   * outside it that a worker loaded from files imports (a package's {@code .wasm} in a
   * {@code node_modules} above the worker's directory), on its name, as Wrangler matches the
   * rules against the import wherever the file lies; {@code null} when no rule matches.
   */
  private WorkerModule.Type ruleTypeOf(Path normal) {
    if (root != null && normal.startsWith(root)) {
      return modules.ruleType(root.relativize(normal));
    }
    if (loader != null && normal.getFileName() != null) {
      return modules.ruleType(normal.getFileName());
    }
    return null;
  }

  /**
   * The file of a module outside the root that a worker loaded through the module loader imports
   * and a rule types as Text, Data or CompiledWasm ({@code a.wasm?module} is {@code a.wasm}), or
   * {@code null}.
   */
  private Path importedFile(Path normal) {
    WorkerModule.Type type = loader == null ? null : ruleTypeOf(normal);
    if (type == null || type == WorkerModule.Type.ES_MODULE) {
      return null;
    }
    Path file = ModuleSet.fileOf(normal);
    return loader.serves(file) && Files.isRegularFile(file) ? file : null;
  }

  /** The real file for a path inside the root, or {@code null}. */
  private Path readable(Path path) {
    // a worker loaded through the module loader reads its modules through the loader only
    return loader != null ? null : fileInRoot(path);
  }

  /** The real file for a path inside the root, or {@code null}. */
  private Path fileInRoot(Path path) {
    if (root == null) {
      return null;
    }
    Path normal = toAbsolutePath(path).normalize();
    if (!normal.startsWith(root) || !Files.isRegularFile(normal)) {
      return null;
    }
    // a symbolic link inside the root must not lead outside it
    try {
      if (!normal.toRealPath().startsWith(root.toRealPath())) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    return normal;
  }

  /** A read-only channel over bytes in memory. */
  private static final class BytesChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private int position;
    private boolean open = true;

    BytesChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), bytes.length - position);
      dst.put(bytes, position, n);
      position += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      position = (int) Math.min(newPosition, bytes.length);
      return this;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }
}
