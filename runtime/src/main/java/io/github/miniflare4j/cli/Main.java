package io.github.miniflare4j.cli;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The dev server: serves the workers of Wrangler configuration files (or one script) over
 * HTTP until Ctrl-C, logging one line per request.
 */
public final class Main {

  static final String USAGE = """
      Usage: java -jar miniflare4j-runtime-<version>-cli.jar [options] [script.js]

      Serves Cloudflare Workers locally, like `wrangler dev` / Miniflare, on the JVM.

      Options:
        -c, --config FILE   wrangler.toml, wrangler.json or wrangler.jsonc; repeat for several
                            workers (the first is the entry worker). Default: ./wrangler.toml,
                            ./wrangler.jsonc or ./wrangler.json when no script is given
        -e, --env NAME      use the [env.NAME] section of the configuration files
        -H, --host HOST     interface to listen on (default 127.0.0.1; 0.0.0.0 for all)
        -p, --port PORT     port to listen on (default 8787; 0 picks a free port)
            --persist DIR   keep KV namespaces (DIR/kv) and Durable Objects (DIR/do) in
                            SQLite databases under DIR (default: in memory)
            --modules       treat the script as an ES module (default: decided from the code,
                            a script with `export default` is a module)
            --var NAME:VALUE  a string variable for the entry worker, over the configuration's
                            vars; repeat for several
            --test-scheduled  /__scheduled?cron=... runs the routed worker's scheduled()
                            handler and answers "Ran scheduled event" (as wrangler dev's flag)
        -h, --help          print this help

      With a script and no --config, the script is the only worker. With both, the script
      replaces the first configuration's "main".

      As with `wrangler dev`, /cdn-cgi/handler/scheduled?cron=... runs the routed worker's
      scheduled() handler (and /cdn-cgi/handler/email its email() handler).

      Requests are routed to workers by their Host header and the workers' routes:
        curl -H "Host: api.example.com" http://127.0.0.1:8787/
      Stop with Ctrl-C.
      """;

  private Main() {}

  /**
   * Runs the dev server; returns when the JVM shuts down (Ctrl-C).
   *
   * @param args the command line; {@code --help} prints the usage; a bad command line exits with
   *     status 2, a failed start with status 1
   */
  public static void main(String[] args) {
    Logging.configure();
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Starts the server, waits for shutdown, and returns the exit status: 0 after a clean stop, 1
   * when the workers could not start, 2 for a bad command line.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CliArguments cli;
    try {
      cli = CliArguments.parse(args);
    } catch (CliArguments.UsageException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    if (cli.help()) {
      out.print(USAGE);
      return 0;
    }
    Miniflare mf;
    try {
      mf = new Miniflare(options(cli, err).build());
    } catch (MiniflareException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      mf.close();
      out.println("Stopped.");
      out.flush();
      stopped.countDown();
    }, "miniflare4j-shutdown"));
    printReady(mf, out);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The instance options the command line describes. */
  static MiniflareOptions.Builder options(CliArguments cli, PrintStream err) {
    List<Path> configs = new ArrayList<>(cli.configs());
    if (configs.isEmpty() && cli.script() == null) {
      for (String name : new String[] {"wrangler.toml", "wrangler.jsonc", "wrangler.json"}) {
        if (Files.isRegularFile(Path.of(name))) {
          configs.add(Path.of(name));
          break;
        }
      }
      if (configs.isEmpty()) {
        throw new IllegalArgumentException(
            "nothing to serve: give a script (java -jar ... worker.js) or a configuration "
                + "(--config wrangler.toml), or run where a wrangler.toml is; see --help");
      }
    }
    List<WorkerOptions> workers = new ArrayList<>();
    for (Path config : configs) {
      workers.add(WranglerConfig.load(config, cli.env()).workerOptions());
    }
    if (cli.script() != null) {
      WorkerOptions.Builder script = workers.isEmpty()
          ? WorkerOptions.builder()
          : workers.remove(0).toBuilder();
      script.scriptPath(cli.script());
      if (cli.modules()) {
        script.modules(true);
      }
      workers.add(0, script.build());
    } else if (cli.modules()) {
      workers.set(0, workers.get(0).toBuilder().modules(true).build());
    }
    if (!cli.vars().isEmpty()) {
      WorkerOptions.Builder entry = workers.get(0).toBuilder();
      cli.vars().forEach(entry::binding);
      workers.set(0, entry.build());
    }
    MiniflareOptions.Builder options = MiniflareOptions.builder()
        .host(cli.host())
        .port(cli.port())
        .unsafeTriggerHandlers(true)
        .testScheduled(cli.testScheduled())
        .logRequests(true);
    if (cli.persist() != null) {
      options.kvPersist(cli.persist().resolve("kv")).durableObjectsPersist(cli.persist().resolve("do"));
    }
    workers.forEach(options::worker);
    return options;
  }

  private static void printReady(Miniflare mf, PrintStream out) {
    out.println("Ready on " + mf.url());
    for (WorkerOptions worker : mf.options().workers()) {
      String name = worker.name().isEmpty() ? "(unnamed)" : worker.name();
      out.println("  worker " + name + (worker.routes().isEmpty() ? "" : " routes " + worker.routes()));
    }
    out.flush();
  }
}
