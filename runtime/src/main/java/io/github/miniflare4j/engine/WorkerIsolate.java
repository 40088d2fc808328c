package io.github.miniflare4j.engine;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.internal.StartupProfile;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running worker: a GraalJS Context owned by one {@link EventLoop} thread, like a workerd
 * isolate. Every entry into JavaScript is a task on that loop; callers get futures. Nothing
 * from the Context escapes the loop thread.
 */
public final class WorkerIsolate implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerIsolate.class);

  /** How a script failure inside {@code fetch} reaches the caller. */
  public enum ErrorMode {
    /** Render uncaught errors as Miniflare does: a 500 response (the entry request). */
    RENDER,
    /** Complete the future with a {@link WorkerException} (a binding call from another worker). */
    REJECT
  }

  private final IsolateSpec spec;
  private final EventLoop loop;
  private final PendingWork pendingWork;
  private final Runnable wakeOnClockChange;
  // the per-request trackers with unsettled promises, abandoned when the isolate closes
  private final java.util.Set<PendingWork> openRequestWork = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final InFlightRequests inFlight;
  private final HostOperations hostOperations = new HostOperations();
  private final OpenStreams openStreams = new OpenStreams();
  private final List<AutoCloseable> closeWith = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Logger console;
  // written on the loop thread, read by the CPU watchdog to interrupt runaway code
  private volatile Context context;
  private volatile CpuWatchdog.Watch cpuWatch;
  private Value internals;

  /** Set when closing the Context has been asked of the loop ({@link #closeContext}). */
  private CompletableFuture<Void> contextClosed;

  /** A Context prepared ahead (see {@link SpareContexts}), until {@link #initialize} takes it. */
  private PreparedContext spare;

  /** Whether the Context has the WebAssembly language (see {@link WasmContexts}). */
  private final boolean wasm;

  private WorkerIsolate(IsolateSpec spec, PreparedContext spare, boolean wasm) {
    this.spec = spec;
    this.spare = spare;
    this.wasm = wasm;
    if (spare != null) {
      this.loop = spare.loop;
      loop.rename("miniflare4j-worker-" + spec.displayName());
    } else {
      this.loop = new EventLoop(spec.displayName());
    }
    this.inFlight = new InFlightRequests(spec.displayName());
    this.pendingWork = new PendingWork(spec.displayName());
    this.wakeOnClockChange = loop::clockChanged;
    if (spec.services().clock() != null) {
      loop.useClock(spec.services().clock());
      spec.services().clock().addListener(wakeOnClockChange);
    }
    this.console = LoggerFactory.getLogger("miniflare4j.worker." + spec.displayName());
    this.loop.onTaskFailure(this::taskFailed);
    this.loop.onIdle(this::cancelHung);
    this.loop.trackOperations(hostOperations::anyWithinInstance);
    this.loop.trackRequests(inFlight::anyStartedUnanswered);
    if (spec.services().loops() != null) {
      this.loop.joinGroup(spec.services().loops());
    }
  }

  /**
   * Ends the requests whose code hung, as workerd does, and answers whether there were any: the
   * loop is idle (no task, no timer) and no host operation is outstanding, so nothing can settle
   * what they wait for. Durable Object events are not requests here: workerd leaves a hung one
   * waiting (recorded). Coarser than workerd, which counts the pending work of each request apart:
   * here any timer or I/O of the worker keeps all its requests alive.
   */
  private boolean cancelHung() {
    // once the Context is closed (the isolate is closing, its timers can no longer run), the
    // requests still in flight fail as disposed (see close), not as hung
    if (context != null && !hostOperations.any()) {
      if (inFlight.anyStartedUnanswered() || inFlight.anyEventRunning()) {
        inFlight.hungAll(console);
        return true;
      }
      // a streamed body another worker reads, whose stream waits on nothing that can settle: the
      // caller's read fails with the hung error (recorded; Durable Objects' bodies are not requests)
      if (openStreams.anyForWorker()) {
        console.error("Error: " + WorkerLimits.HUNG_MESSAGE);
        openStreams.cutHung("Error: " + WorkerLimits.HUNG_MESSAGE, new String[] {"Error", WorkerLimits.HUNG_MESSAGE, "", "", ""});
        return true;
      }
    }
    return false;
  }

  /**
   * The host operations whose outcome will reach this worker's loop later (see {@link
   * HostOperations}); a binding kind that delivers results on the loop by itself, not through
   * {@link #settleLater}, counts them here.
   *
   * @return the counter of outstanding operations
   */
  public HostOperations hostOperations() {
    return hostOperations;
  }

  /**
   * Starts a worker: creates its Context on a new loop thread, installs the prelude and the
   * bindings, and evaluates its code.
   *
   * @return a future completing when the worker is ready, or with a {@link MiniflareException}.
   *     A successful start completes it on the worker's loop thread, so that the caller wakes
   *     without another hand-off: actions chained to it must not block, nor close the isolate
   *     synchronously (use the {@code ...Async} variants for that)
   * @param spec what to start: code, bindings, clock, limits
   */
  public static CompletableFuture<WorkerIsolate> start(IsolateSpec spec) {
    // spares have no WebAssembly: a worker that may use it builds its own Context
    boolean wasm = spec.wasm();
    StartupProfile.mark("first worker start requested");
    WorkerIsolate isolate = new WorkerIsolate(spec, wasm ? null : SpareContexts.take(), wasm);
    CompletableFuture<WorkerIsolate> result = new CompletableFuture<>();
    isolate.loop
        .submit(
            () -> {
              try {
                isolate.initialize();
                return isolate;
              } catch (RuntimeException e) {
                isolate.closeOnLoop();
                throw e;
              }
            })
        .whenComplete(
            (started, error) -> {
              if (error == null) {
                StartupProfile.mark("first worker started");
                // completed on the loop thread: the caller wakes without another hand-off
                result.complete(started);
              } else {
                spec.services().hostExecutor().execute(() -> failStart(isolate, error, result));
              }
              SpareContexts.startEnded();
            });
    return result;
  }

  /**
   * Starts the workers of one instance, as {@link #start} does each: the spare Contexts prepared
   * ahead are kept at as many as this instance takes, for the next instance like it.
   *
   * @param specs what to start, one per worker
   * @return one future per spec, in order, as {@link #start} returns them
   */
  public static List<CompletableFuture<WorkerIsolate>> startAll(List<IsolateSpec> specs) {
    SpareContexts.demand((int) specs.stream().filter(spec -> !spec.wasm()).count());
    List<CompletableFuture<WorkerIsolate>> starting = new java.util.ArrayList<>(specs.size());
    for (IsolateSpec spec : specs) {
      starting.add(start(spec));
    }
    return starting;
  }

  /**
   * Starts a worker at run time from code this worker's JavaScript handed over (what a Worker
   * Loader binding does), as {@link #start} does: the new worker shares this one's instance
   * services (clock, host executor, console) and CPU limit, and is closed when this one closes.
   *
   * @param name the new worker's name, for messages and its logger
   * @param script its code
   * @param compatibility its compatibility date and flags
   * @param environment its bindings, hosts and outbound handler
   * @return a future as {@link #start} returns it
   */
  public CompletableFuture<WorkerIsolate> startChild(
      String name, IsolateSpec.Script script, IsolateSpec.Compatibility compatibility, IsolateSpec.Environment environment) {
    IsolateSpec child = new IsolateSpec(name, script, compatibility, environment, spec.services(), spec.cpuLimit(), spec.startupCpuLimit());
    return start(child).thenApply(started -> {
      closeWith(started);
      return started;
    });
  }

  /** A failed start, off the loop thread: closing the loop waits for its thread to end. */
  private static void failStart(WorkerIsolate isolate, Throwable error, CompletableFuture<WorkerIsolate> result) {
    try {
      if (isolate.spec.services().clock() != null) {
        isolate.spec.services().clock().removeListener(isolate.wakeOnClockChange);
      }
      isolate.loop.close();
    } finally {
      result.completeExceptionally(error);
    }
  }


  /**
   * The worker's name.
   *
   * @return the name, possibly empty
   */
  public String name() {
    return spec.name();
  }

  /**
   * The start specification.
   *
   * @return the specification
   */
  public IsolateSpec spec() {
    return spec;
  }

  /**
   * The loop thread's executor; tasks run in order on the Context's thread.
   *
   * @return the loop
   */
  public EventLoop loop() {
    return loop;
  }

  /**
   * The logger that receives this worker's {@code console} output.
   *
   * @return the logger
   */
  public Logger console() {
    return console;
  }

  /**
   * Whether a request dispatched to this worker is still unanswered or streaming its body, or
   * {@code ctx.waitUntil} work of one has not settled.
   *
   * @return {@code true} while something runs on the worker's behalf
   */
  public boolean busy() {
    return pendingWork.pending() > 0 || inFlight.anyUnanswered() || openStreams.any();
  }

  /**
   * Work registered with {@code ctx.waitUntil} that has not settled yet.
   *
   * @return the pending work tracker
   */
  public PendingWork pendingWork() {
    return pendingWork;
  }

  /** See {@link HostBridge#eventOnHung}; loop thread only. */
  void eventOnHung(PendingWork work, Value report) {
    inFlight.onHung(work, report);
  }

  /** Counts one more promise of a request's tracker, which stays open until it is idle. */
  void requestWorkStarted(PendingWork work) {
    work.started();
    if (openRequestWork.add(work)) {
      work.whenIdle().thenRun(() -> openRequestWork.remove(work));
    }
  }

  /**
   * Dispatches a request to the worker's fetch handler. The response carries the request's own
   * {@code ctx.waitUntil} tracker ({@link FetchResponse#waitUntilWork()}).
   *
   * @return the response; with {@link ErrorMode#REJECT}, a failed future carrying a {@link
   *     WorkerException} when the worker throws
   * @param request the request
   * @param mode {@link ErrorMode#RENDER} to answer a thrown error with a 500 response, {@link
   *     ErrorMode#REJECT} to fail the future
   */
  public CompletableFuture<FetchResponse> fetch(FetchRequest request, ErrorMode mode) {
    return fetch(request, null, null, mode, null, null, null);
  }

  /**
   * Dispatches a request to the {@code fetch()} method of one named export (a service binding to
   * a named {@code WorkerEntrypoint}); errors reject the future, as {@link ErrorMode#REJECT}.
   *
   * @param request the request
   * @param entrypoint the named export, or {@code null} for the default export
   * @param propsJson what the handler sees as {@code ctx.props}, a JSON object's text, or {@code
   *     null} for an empty object
   * @return the response, or a failed future carrying a {@link WorkerException} when the worker
   *     throws (or the export has no {@code fetch()})
   */
  public CompletableFuture<FetchResponse> fetchEntrypoint(FetchRequest request, String entrypoint, String propsJson) {
    return fetch(request, null, null, ErrorMode.REJECT, entrypoint, propsJson, null);
  }

  /**
   * Like {@link #fetchEntrypoint(FetchRequest, String, String)} for a caller that is another
   * worker: a response body whose stream fails part-way keeps the bytes sent before the failure,
   * and {@code bodyError} keeps the error, which the caller's read then gets (as workerd's).
   *
   * @param request the request
   * @param entrypoint the named export, or {@code null} for the default export
   * @param propsJson the handler's {@code ctx.props} as JSON text, or {@code null} for {@code {}}
   * @param bodyError receives the body's error before the future completes
   * @return the response, or a failed future carrying a {@link WorkerException} when the worker throws
   */
  public CompletableFuture<FetchResponse> fetchEntrypoint(
      FetchRequest request, String entrypoint, String propsJson, BodyErrorCapture bodyError) {
    return fetchEntrypoint(request, null, entrypoint, propsJson, bodyError);
  }

  /**
   * Like {@link #fetchEntrypoint(FetchRequest, String, String, BodyErrorCapture)} for a request
   * whose body another worker still sends ({@link RequestBodyPump}).
   *
   * @param request the request's method, URL and headers (and its body when {@code body} is null)
   * @param body the body as it arrives, or {@code null}
   * @param entrypoint the named export, or {@code null} for the default export
   * @param propsJson the handler's {@code ctx.props} as JSON text, or {@code null} for {@code {}}
   * @param bodyError receives the body's error before the future completes
   * @return the response, or a failed future carrying a {@link WorkerException} when the worker throws
   */
  public CompletableFuture<FetchResponse> fetchEntrypoint(
      FetchRequest request, StreamedRequestBody body, String entrypoint, String propsJson, BodyErrorCapture bodyError) {
    // a capture made streaming receives the body as the target produces it
    return fetch(request, body, bodyError.sink(), ErrorMode.REJECT, entrypoint, propsJson, java.util.Objects.requireNonNull(bodyError));
  }

  /**
   * Dispatches a request whose body may still be arriving and whose response body may be
   * streamed: the HTTP server's way in. Uncaught errors are rendered as a 500 response.
   *
   * @param body the request body as it arrives, or {@code null} when {@code request} holds it
   * @param sink receives the response when its body is a stream (its head is also the future's
   *     value); a response with a buffered body only completes the future
   * @return the response, or its head when {@code sink} received it
   * @param request the request's method, URL and headers (and its body when it had fully arrived)
   */
  public CompletableFuture<FetchResponse> fetchStreaming(
      FetchRequest request, StreamedRequestBody body, ResponseBodySink sink) {
    return fetch(request, body, java.util.Objects.requireNonNull(sink, "sink"), ErrorMode.RENDER, null, null, null);
  }

  private CompletableFuture<FetchResponse> fetch(
      FetchRequest request, StreamedRequestBody body, ResponseBodySink sink, ErrorMode mode, String entrypoint,
      String propsJson, BodyErrorCapture bodyError) {
    CompletableFuture<FetchResponse> result = new CompletableFuture<>();
    // a body another worker reads (mode REJECT) is cut as hung; one sent to an HTTP client is not
    ResponseBodySink tracked = sink == null ? null : mode == ErrorMode.REJECT ? openStreams.trackForWorker(sink) : openStreams.track(sink);
    PendingWork work = new PendingWork(spec.displayName(), request.toString());
    inFlight.track(result, mode);
    // a rendered request comes from outside (dispatchFetch, the HTTP server), a rejecting one from
    // another worker, which workerd serves without running out of ready events in between
    Consumer<Runnable> enqueue = mode == ErrorMode.RENDER ? loop::executeFromOutside : loop::execute;
    try {
      enqueue.accept(
          () -> {
            try {
              ProxyExecutable done =
                  args -> {
                    StartupProfile.mark("first response");
                    settle(args[0], result, outcome -> {
                      if (bodyError != null) {
                        bodyError.capture(outcome);
                      }
                      FetchResponse response = JsValues.toResponse(outcome, work);
                      // only a dispatch with a sink can stream (each member read is a call into JavaScript)
                      if (tracked != null && outcome.hasMember("streamed") && outcome.getMember("streamed").asBoolean()) {
                        tracked.start(response, outcome.getMember("length").asLong());
                      }
                      return response;
                    });
                    return null;
                  };
              ProxyExecutable answer =
                  args -> {
                    StartupProfile.mark("first response");
                    try {
                      result.complete(JsValues.bufferedResponse(args, work));
                    } catch (RuntimeException e) {
                      result.completeExceptionally(e);
                    }
                    return null;
                  };
              inFlight.started(result, "HEAD".equals(request.method()));
              JsRequestData data =
                  new JsRequestData(request, body == null ? null : new JsBodySource(body, this));
              JsResponseSink sinkForJs = tracked == null ? null : new JsResponseSink(tracked, this);
              internals.getMember("dispatchFetch")
                  .execute(new FetchDispatch(data, mode == ErrorMode.REJECT, bodyError != null, work, done, answer, sinkForJs, entrypoint, propsJson));
            } catch (PolyglotException e) {
              if (e.isInterrupted()) {
                String where = location(e);
                logCpuExceeded(where);
                inFlight.cpuExceeded(result, mode, where);
              } else {
                result.completeExceptionally(failureOf(e));
              }
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(disposed());
    }
    return result;
  }

  /** Completes {@code result} from a prelude outcome: {@code {ok: true, ...}} or a script failure. */
  private <T> void settle(Value outcome, CompletableFuture<T> result, Function<Value, T> read) {
    try {
      if (outcome.getMember("ok").asBoolean()) {
        result.complete(read.apply(outcome));
      } else {
        result.completeExceptionally(failure(outcome));
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private WorkerException failure(Value outcome) {
    return new WorkerException(
        spec.displayName(),
        outcome.getMember("name").asString(),
        outcome.getMember("message").asString(),
        outcome.getMember("stack").asString(),
        outcome.hasMember("flags") && outcome.getMember("flags").isString() ? outcome.getMember("flags").asString() : "",
        outcome.hasMember("details") && outcome.getMember("details").isString() ? outcome.getMember("details").asString() : "");
  }

  /**
   * Calls the prelude entry {@code internals[entry](...args, done)} on the loop; the entry calls
   * {@code done} once with {@code {ok: true, value?: string}} or {@code {ok: false, name, message,
   * stack}}.
   *
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   */
  public CompletableFuture<String> invoke(String entry, Object... args) {
    return post(null, entry, args, WorkerIsolate::outcomeValue);
  }

  /**
   * Like {@link #invoke}, for an event that comes to the worker from outside it, as a queue's
   * delivery of a batch does: read as a request from outside is, once the worker has run out of
   * ready events, in arrival order with those requests (see {@link
   * EventLoop#executeFromOutside}).
   *
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure
   */
  public CompletableFuture<String> invokeFromOutside(String entry, Object... args) {
    return post(null, entry, args, WorkerIsolate::outcomeValue, new CompletableFuture<>(), loop::executeFromOutside);
  }

  /**
   * Like {@link #invoke}, for an invocation that is a request of its own, such as an RPC call to an
   * entrypoint: ended with workerd's hung error when its code waits on nothing that can settle
   * (see {@link #cancelHung}).
   *
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure
   */
  public CompletableFuture<String> invokeRequest(String entry, Object... args) {
    CompletableFuture<String> result = new CompletableFuture<>();
    inFlight.trackCall(result);
    return post(() -> inFlight.callStarted(result), entry, args, WorkerIsolate::outcomeValue, result);
  }

  /**
   * Like {@link #invoke}, for an event that is not a request (a scheduled run): open until the
   * handler answered and the {@code waitUntil} promises counted in {@code work} settled, and ended
   * as hung when it waits on nothing that can settle (see {@link #cancelHung}): then {@link
   * PendingWork#hung()} answers {@code true}, and a handler that had not answered answers what the
   * entry registered with {@code host.eventOnHung} (what it decided so far), else the future fails
   * with workerd's hung error.
   *
   * @param work the tracker the entry counts the event's {@code waitUntil} promises in
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure
   */
  public CompletableFuture<String> invokeEvent(PendingWork work, String entry, Object... args) {
    CompletableFuture<String> result = new CompletableFuture<>();
    inFlight.trackEvent(result, work);
    return post(() -> inFlight.eventStarted(result), entry, args, WorkerIsolate::outcomeValue, result);
  }

  /**
   * Tracks work the worker runs on its own, begun by an entry that has already answered (a
   * workflow instance's run), as an event that can hang: when the worker waits on nothing that
   * could settle it (see {@link #cancelHung}), the returned future fails with workerd's hung error
   * ({@link WorkerException}). The caller completes it when the work ends. Loop thread only.
   *
   * @param invocation what runs, for messages
   * @return the event's answer
   */
  public CompletableFuture<String> trackRunningEvent(String invocation) {
    CompletableFuture<String> answer = new CompletableFuture<>();
    inFlight.trackEvent(answer, PendingWork.forInvocation(spec.displayName(), invocation));
    inFlight.eventStarted(answer);
    return answer;
  }

  /**
   * Whether {@code error} is workerd's hung error that {@link #trackRunningEvent} fails with.
   *
   * @param error what a future failed with
   * @return whether the work was ended as hung
   */
  public static boolean isHung(Throwable error) {
    return unwrap(error) instanceof WorkerException w && WorkerLimits.HUNG_MESSAGE.equals(w.errorMessage());
  }

  /**
   * {@link #invokeEvent} for an event that comes from outside the worker, as a queue's delivery of
   * a batch does: read in arrival order with requests from outside (see {@link
   * #invokeFromOutside}).
   *
   * @param work the tracker the entry counts the event's {@code waitUntil} promises in
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure
   */
  public CompletableFuture<String> invokeEventFromOutside(PendingWork work, String entry, Object... args) {
    CompletableFuture<String> result = new CompletableFuture<>();
    inFlight.trackEvent(result, work);
    return post(() -> inFlight.eventStarted(result), entry, args, WorkerIsolate::outcomeValue, result, loop::executeFromOutside);
  }

  /**
   * Like {@link #invoke}, passing first a function that compiles {@code functionSource} (a
   * JavaScript function expression) in this worker and returns it: test code run inside the
   * worker, compiled by the host, so the worker's refusal of {@code eval} does not apply to it.
   * A literal {@code import("...")} in it names a module of the project as a Vitest test file's
   * import does (see {@link TestCodeImports}).
   *
   * @param entry the name of a function on {@code internals}
   * @param functionSource a function expression, such as {@code (instance, state) => instance.count}
   * @param args host values passed after the compiling function and before {@code done}
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure,
   *     a syntax error of the source included
   */
  public CompletableFuture<String> invokeWithFunction(String entry, String functionSource, Object... args) {
    ProxyExecutable compile = ignored -> context.eval(org.graalvm.polyglot.Source.newBuilder(
        "js", "(" + io.github.miniflare4j.modules.ModuleLoader.lowerUsingDeclarations(
            TestCodeImports.resolve(functionSource, spec.script())) + "\n)", "test-function.js").buildLiteral());
    Object[] all = new Object[args.length + 1];
    all[0] = compile;
    System.arraycopy(args, 0, all, 1, args.length);
    return invoke(entry, all);
  }

  /**
   * Like {@link #invoke}, for an entry a binding kind's factory script installs: the script is
   * evaluated first when no binding of the kind loaded it into this worker (a worker that runs
   * work for another worker's binding, such as the class of a workflow bound elsewhere).
   *
   * @param kind the binding kind whose script installs {@code entry}
   * @param factoryScript the kind's script, as its bindings' {@link JsBinding#factoryScript()}
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the {@code value} string (or {@code null}); a {@link WorkerException} on failure
   */
  public CompletableFuture<String> invokeInstalledBy(String kind, String factoryScript, String entry, Object... args) {
    return post(() -> factory(kind, factoryScript), entry, args, WorkerIsolate::outcomeValue);
  }

  private static String outcomeValue(Value outcome) {
    Value value = outcome.getMember("value");
    return value == null || value.isNull() ? null : value.asString();
  }

  /** Evaluates a binding kind's factory script into this worker unless done before; on the loop. */
  private void factory(String kind, String factoryScript) {
    Value factories = internals.getMember("bindingFactories");
    if (!factories.hasMember(kind)) {
      factories.putMember(kind, context.eval(SharedEngine.factoryScript(factoryScript)).execute(internals));
    }
  }

  /**
   * Like {@link #invoke} for entries whose success outcome is response data ({@code status,
   * statusText, headers, body}).
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the response, or a {@link WorkerException} on failure
   */
  public CompletableFuture<FetchResponse> invokeFetch(String entry, Object... args) {
    return post(null, entry, args, JsValues::toResponse);
  }

  /**
   * Like {@link #invokeFetch} for a response another worker reads: the data keep the error a
   * streamed body failed with ({@link JsResponseData#bodyError()}).
   *
   * @param entry the name of a function on {@code internals}
   * @param args host values passed before {@code done}
   * @return the response data, or a {@link WorkerException} on failure
   */
  public CompletableFuture<JsResponseData> invokeFetchData(String entry, Object... args) {
    return post(null, entry, args, JsResponseData::fromOutcome);
  }

  /**
   * Like {@link #invokeFetchData(String, Object...)} for an entry that can stream the response's
   * body (a Durable Object's {@code fetch()}): called as {@code entry(event, sink, done)}, it
   * settles with the head of a response whose body is a live stream and pumps the body into the
   * capture's sink, which the calling worker reads (see {@link BodyErrorCapture#streaming}).
   *
   * @param entry the name of a function on {@code internals}
   * @param capture a streaming capture for the calling worker
   * @param event the entry's first argument
   * @return the response data, or a {@link WorkerException} on failure
   */
  public CompletableFuture<JsResponseData> invokeFetchData(String entry, BodyErrorCapture capture, Object event) {
    ResponseBodySink tracked = openStreams.track(java.util.Objects.requireNonNull(capture.sink(), "a streaming capture"));
    return post(null, entry, new Object[] {event, new JsResponseSink(tracked, this)}, outcome -> {
      if (outcome.hasMember("streamed") && outcome.getMember("streamed").asBoolean()) {
        FetchResponse head = JsValues.toResponse(outcome);
        tracked.start(head, outcome.getMember("length").asLong());
        return capture.dataOf(head);
      }
      return JsResponseData.fromOutcome(outcome);
    });
  }

  private <T> CompletableFuture<T> post(Runnable prepare, String entry, Object[] args, Function<Value, T> read) {
    return post(prepare, entry, args, read, new CompletableFuture<>());
  }

  private <T> CompletableFuture<T> post(
      Runnable prepare, String entry, Object[] args, Function<Value, T> read, CompletableFuture<T> result) {
    return post(prepare, entry, args, read, result, loop::execute);
  }

  private <T> CompletableFuture<T> post(Runnable prepare, String entry, Object[] args, Function<Value, T> read,
      CompletableFuture<T> result, Consumer<Runnable> enqueue) {
    try {
      enqueue.accept(
          () -> {
            Object[] withDone = java.util.Arrays.copyOf(args, args.length + 1);
            withDone[args.length] =
                (ProxyExecutable)
                    done -> {
                      settle(done[0], result, read);
                      return null;
                    };
            try {
              if (prepare != null) {
                prepare.run();
              }
              internals.getMember(entry).execute(withDone);
            } catch (PolyglotException e) {
              if (e.isInterrupted()) {
                String where = location(e);
                logCpuExceeded(where);
                result.completeExceptionally(
                    new WorkerException(spec.displayName(), "Error", WorkerLimits.CPU_EXCEEDED_MESSAGE, where));
              } else {
                result.completeExceptionally(failureOf(e));
              }
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(disposed());
    }
    return result;
  }

  /**
   * Settles a JavaScript promise, through its {@code resolve} and {@code reject} functions, when
   * a Java future completes. The functions are only touched on this isolate's loop thread.
   * {@code reject} receives {@code (name, message, stack)}.
   *
   * A future completed with {@link OperationDropped} settles nothing: the operation is over for
   * the worker (it no longer counts as pending I/O) and the promise stays pending, as a cancelled
   * timer's does.
   *
   * @param <T> the future's type
   * @param future the Java result
   * @param toJs converts the result for JavaScript; runs on the loop thread
   * @param resolve the promise's resolve function
   * @param reject the promise's reject function
   */
  public <T> void settleLater(
      CompletableFuture<T> future,
      Function<T, Object> toJs,
      Value resolve,
      Value reject) {
    // a request to this same worker is its own code, not outside I/O (see InFlightRequests#hungAll)
    boolean outside = !inFlight.awaitedHere(future);
    if (outside) {
      hostOperations.started();
    }
    future.whenComplete(
        (value, error) -> {
          try {
            loop.execute(
                () -> {
                  if (outside) {
                    hostOperations.ended();
                  }
                  if (error != null && unwrap(error) instanceof OperationDropped) {
                    return;
                  }
                  if (error == null) {
                    resolve.execute(toJs.apply(value));
                  } else {
                    Throwable cause = unwrap(error);
                    if (cause instanceof WorkerException) {
                      WorkerException w = (WorkerException) cause;
                      reject.execute(w.errorName(), w.errorMessage(), w.jsStack(), w.errorFlags(), w.errorDetails());
                    } else {
                      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                      reject.execute("Error", message, "");
                    }
                  }
                });
          } catch (RejectedExecutionException closed) {
            // the isolate is gone: nobody is waiting for this promise any more
            if (outside) {
              hostOperations.ended();
            }
          }
        });
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private void initialize() {
    Map<java.nio.file.Path, String> virtualFiles =
        spec.script().importRoot() == null ? Map.of(spec.script().entryPath(), spec.script().code()) : Map.of();
    try {
      PreparedContext prepared = spare != null ? spare : PreparedContext.create(loop, false, wasm);
      spare = null;
      context = prepared.context;
      internals = prepared.internals;
      String date = spec.compatibility().date() == null ? "" : spec.compatibility().date();
      java.util.Set<String> flags = NodeCompat.effectiveFlags(date, spec.compatibility().flags());
      List<JsBinding> bindings = spec.environment().bindings();
      Map<String, io.github.miniflare4j.WorkerModule> namedModules = Map.of();
      if (spec.script().modules()) {
        namedModules = namedModules(bindings);
        bindings = namedModules.isEmpty() ? bindings : bindings.stream().filter(b -> !(b instanceof ModuleBinding)).toList();
      }
      ModuleFileSystem files = new ModuleFileSystem(
          spec.script().importRoot(), virtualFiles, spec.script().moduleSet(), spec.script().moduleLoader(), flags.contains(NodeCompat.V2))
          .namedModules(namedModules)
          .processV2(NodeCompat.processV2(flags))
          .noNodeModules(NodeCompat.noNodeModules(flags))
          .nodePolyfills(flags.contains(NodeCompat.V2) && spec.script().moduleLoader() != null && spec.script().moduleLoader().bundles());
      prepared.files.serve(files);
      internals.getMember("installModules").execute(new JsModuleContents(files, flags.contains(NodeCompat.V2)));
      prepared.bridge.bind(this);
      internals.getMember("configure").execute(date, flags.toArray(String[]::new));
      Value env = createEnv(bindings);
      // the limit covers the worker's own top-level code, not our context and prelude set-up
      loop.restartTaskClock();
      cpuWatch = CpuWatchdog.watch(loop, startupCpuLimit(), this::interruptRunaway);
      if (spec.script().modules()) {
        internals.getMember("installEnv").execute(env, false);
        Value namespace =
            context.eval(SharedEngine.moduleSource(spec.script().shownName(), ImportMetaShim.apply(spec.script().code()), true));
        internals.getMember("installModule").execute(namespace);
      } else {
        internals.getMember("installEnv").execute(env, true);
        context.eval(SharedEngine.moduleSource(spec.script().shownName(), spec.script().code(), false));
        internals.getMember("checkServiceWorker").execute();
      }
      cpuWatch.close();
      cpuWatch = CpuWatchdog.watch(loop, spec.cpuLimit(), this::interruptRunaway);
    } catch (PolyglotException e) {
      throw startFailure(e);
    }
  }

  /** The bindings a modules-format worker imports as modules ({@link ModuleBinding}), by name. */
  private static Map<String, io.github.miniflare4j.WorkerModule> namedModules(List<JsBinding> bindings) {
    Map<String, io.github.miniflare4j.WorkerModule> named = new java.util.LinkedHashMap<>();
    for (JsBinding binding : bindings) {
      if (binding instanceof ModuleBinding module) {
        named.put(binding.name(), module.module());
      }
    }
    return named;
  }

  /**
   * The larger of the startup and the run CPU limits, and at least {@link
   * WorkerLimits#STARTUP_CPU_FLOOR}: a cold engine's first module costs CPU.
   */
  private java.time.Duration startupCpuLimit() {
    java.time.Duration limit = spec.startupCpuLimit().compareTo(spec.cpuLimit()) > 0 ? spec.startupCpuLimit() : spec.cpuLimit();
    return limit.compareTo(WorkerLimits.STARTUP_CPU_FLOOR) > 0 ? limit : WorkerLimits.STARTUP_CPU_FLOOR;
  }

  /**
   * Builds an {@code env} object of the given bindings in this worker's Context, as the worker's
   * own is built (a binding kind that hands another worker's code an {@code env}). On the loop
   * thread, inside a call from this Context.
   *
   * @param bindings the entries, in order
   * @return the new object
   */
  public Value environment(List<JsBinding> bindings) {
    return createEnv(bindings);
  }

  private Value createEnv(List<JsBinding> bindings) {
    Value factory = internals.getMember("createEnv");
    String[] names = new String[bindings.size()];
    String[] kinds = new String[bindings.size()];
    Object[] hosts = new Object[bindings.size()];
    for (int i = 0; i < bindings.size(); i++) {
      JsBinding binding = bindings.get(i);
      if (binding.needsWebAssembly() && spec.script().modules()) {
        throw new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, "The Workers runtime failed to start: worker \""
            + spec.displayName() + "\"'s binding \"" + binding.name() + "\" is a Wasm binding, but Wasm bindings are not "
            + "allowed in modules-based scripts. Use Wasm modules instead.");
      }
      if (binding.factoryScript() != null) {
        factory(binding.kind(), binding.factoryScript());
      }
      names[i] = binding.name();
      kinds[i] = binding.kind();
      hosts[i] = binding.createHost(this);
    }
    return factory.execute(names, kinds, hosts);
  }

  private MiniflareException startFailure(PolyglotException e) {
    String where = location(e);
    if (e.isInterrupted()) {
      return new MiniflareException(
          ErrorCode.ERR_RUNTIME_FAILURE,
          "The Workers runtime failed to start: worker \"" + spec.displayName() + "\": "
              + WorkerLimits.STARTUP_CPU_EXCEEDED_MESSAGE + " Its top-level code ran longer than the "
              + "startup CPU limit of " + startupCpuLimit() + (where.isEmpty() ? "" : "\n    at " + where)
              + "\nRaise MiniflareOptions.startupCpuLimit(...) if the work is legitimate.",
          e);
    }
    if (e.isSyntaxError() && spec.script().modules()) {
      return new MiniflareException(
          ErrorCode.ERR_MODULE_PARSE,
          "Unable to parse \"" + spec.script().shownName() + "\" of worker \"" + spec.displayName() + "\": "
              + e.getMessage() + (where.isEmpty() ? "" : "\n    at " + where),
          e);
    }
    String kind = e.isSyntaxError() ? "SyntaxError: " : "";
    String message = e.getMessage();
    String prefix = e.isGuestException() && !e.isSyntaxError() ? "Uncaught " : "Uncaught " + kind;
    return new MiniflareException(
        ErrorCode.ERR_RUNTIME_FAILURE,
        "The Workers runtime failed to start: worker \"" + spec.displayName() + "\": " + prefix
            + message + (where.isEmpty() ? "" : "\n    at " + where),
        e);
  }

  /**
   * What a call into the worker that failed with {@code e} fails with: {@code ERR_DISPOSED} when
   * closing the isolate cancelled the Context under it (a request read just as the worker closed),
   * else the worker's error.
   */
  private RuntimeException failureOf(PolyglotException e) {
    return e.isCancelled() ? disposed() : toWorkerException(e);
  }

  private WorkerException toWorkerException(PolyglotException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String name = "Error";
    int colon = message.indexOf(": ");
    if (colon > 0 && message.substring(0, colon).matches("[A-Za-z]*Error")) {
      name = message.substring(0, colon);
      message = message.substring(colon + 2);
    }
    return new WorkerException(spec.displayName(), name, message,
        io.github.miniflare4j.modules.SourceMaps.mapStack(location(e)));
  }

  /** Where an error was raised: its own location, else its innermost script frame; "" if unknown. */
  static String location(PolyglotException e) {
    SourceSection section = e.getSourceLocation();
    if (section == null || !section.isAvailable() || isPrelude(section)) {
      SourceSection prelude = section != null && section.isAvailable() ? section : null;
      section = null;
      for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
        SourceSection at = frame.getSourceLocation();
        if (frame.isGuestFrame() && at != null && at.isAvailable()) {
          if (!isPrelude(at)) {
            section = at;
            break;
          }
          prelude = prelude == null ? at : prelude;
        }
      }
      // the worker's own innermost frame, else where the prelude was
      section = section != null ? section : prelude;
    }
    if (section == null || section.getSource() == null) {
      return "";
    }
    String path = section.getSource().getPath();
    String name = path != null ? path : section.getSource().getName();
    return name + ":" + section.getStartLine() + ":" + section.getStartColumn();
  }

  private static boolean isPrelude(SourceSection section) {
    return section.getSource() != null && section.getSource().getName().startsWith("miniflare4j:");
  }

  /**
   * Called by the watchdog (on its thread) while a task of this loop is over the CPU limit:
   * interrupts the JavaScript, which then fails the request(s) it served. The Context stays
   * usable for the next request.
   */
  private void interruptRunaway(long taskSequence) {
    Context running = context;
    if (running == null) {
      return;
    }
    try {
      running.interrupt(WorkerLimits.INTERRUPT_WAIT);
    } catch (java.util.concurrent.TimeoutException e) {
      LOG.warn("Worker \"{}\" did not stop within {} of being interrupted; trying again",
          spec.displayName(), WorkerLimits.INTERRUPT_WAIT);
    } catch (RuntimeException e) {
      LOG.debug("interrupting worker {}", spec.displayName(), e);
    }
  }

  /**
   * What a loop task threw. An interrupted task was running code for requests we cannot tell
   * apart (a continuation after an {@code await}, a timer): every request in flight fails with
   * the CPU error.
   */
  private void taskFailed(Throwable t) {
    if (t instanceof PolyglotException && ((PolyglotException) t).isInterrupted()) {
      String where = location((PolyglotException) t);
      logCpuExceeded(where);
      inFlight.cpuExceededAll(where);
      // the interrupted code may have been producing a streamed body: those cannot finish
      openStreams.abortAll(WorkerLimits.CPU_EXCEEDED_MESSAGE);
    } else {
      LOG.error("Uncaught error in worker \"{}\"", spec.displayName(), t);
    }
  }

  private void logCpuExceeded(String where) {
    console.error("Error: {} (limit {}){}", WorkerLimits.CPU_EXCEEDED_MESSAGE, spec.cpuLimit(),
        where.isEmpty() ? "" : "\n    at " + where);
  }

  private MiniflareException disposed() {
    return new MiniflareException(ErrorCode.ERR_DISPOSED, "Cannot use disposed instance");
  }

  private void closeOnLoop() {
    CpuWatchdog.Watch watch = cpuWatch;
    if (watch != null) {
      watch.close();
      cpuWatch = null;
    }
    if (context != null) {
      try {
        context.close(true);
      } catch (RuntimeException e) {
        LOG.debug("closing context of {}", spec.displayName(), e);
      }
      context = null;
    }
  }

  /**
   * Closes {@code resource} when this isolate closes (the sockets a worker opened, ...).
   *
   * @param resource closed once, after the Context; its failures are logged and ignored
   */
  public void closeWith(AutoCloseable resource) {
    closeWith.add(resource);
  }

  /**
   * Closes isolates as {@link #close} does each, their Contexts at the same time, each on its own
   * loop thread.
   *
   * @param isolates the isolates to close
   */
  public static void closeAll(java.util.Collection<WorkerIsolate> isolates) {
    for (WorkerIsolate isolate : isolates) {
      try {
        isolate.closeContext();
      } catch (RuntimeException closed) {
        // the loop is gone already: close() below finds it so
      }
    }
    isolates.forEach(WorkerIsolate::close);
  }

  /** Closes the Context on the loop thread, once; the future completes when it is closed. */
  private synchronized CompletableFuture<Void> closeContext() {
    if (contextClosed == null) {
      CompletableFuture<Void> closed = new CompletableFuture<>();
      loop.execute(
          () -> {
            closeOnLoop();
            closed.complete(null);
          });
      contextClosed = closed;
    }
    return contextClosed;
  }

  /** Destroys the Context and stops the loop; in-flight requests fail with ERR_DISPOSED. */
  @Override
  public void close() {
    if (loop.isClosed()) {
      return;
    }
    try {
      closeContext().get(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      Context running = context;
      if (running != null) {
        try {
          running.close(true);
        } catch (RuntimeException cancelled) {
          // cancelling running code may surface here (an interrupt or cancel exception): it is gone
          LOG.debug("force-closing worker {}", spec.displayName(), cancelled);
        }
      }
      CpuWatchdog.Watch watch = cpuWatch;
      if (watch != null) {
        watch.close();
      }
    }
    if (spec.services().clock() != null) {
      spec.services().clock().removeListener(wakeOnClockChange);
    }
    pendingWork.abandon();
    List.copyOf(openRequestWork).forEach(PendingWork::abandon);
    openRequestWork.clear();
    loop.close();
    openStreams.abortAll("the worker \"" + spec.displayName() + "\" was closed");
    for (AutoCloseable resource : closeWith) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.debug("closing a resource of worker {}", spec.displayName(), e);
      }
    }
    inFlight.failAll(
        new MiniflareException(
            ErrorCode.ERR_DISPOSED,
            "Cannot use disposed instance: worker \"" + spec.displayName()
                + "\" was closed while this request was in flight"));
  }
}
