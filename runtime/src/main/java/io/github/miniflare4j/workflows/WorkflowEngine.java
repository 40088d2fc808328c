package io.github.miniflare4j.workflows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.OperationDropped;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.workflows.internal.EngineHost;
import io.github.miniflare4j.workflows.internal.ClockAlarms;
import io.github.miniflare4j.workflows.internal.InstanceModifiers;
import io.github.miniflare4j.workflows.internal.StatusReport;
import io.github.miniflare4j.workflows.internal.WorkflowInstances;
import io.github.miniflare4j.workflows.internal.WorkflowInstances.StepEnd;
import io.github.miniflare4j.workflows.internal.WorkflowRuns;
import io.github.miniflare4j.workflows.internal.WorkflowStore;
import io.github.miniflare4j.workflows.internal.WorkflowStore.EventRow;
import io.github.miniflare4j.workflows.internal.WorkflowStore.InstanceRow;
import io.github.miniflare4j.workflows.internal.WorkflowStore.StepRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workflow of an instance (Miniflare's engine Durable Object, one per instance id, folded into
 * one object): the instances' lifecycle (create, pause, resume, terminate, restart, events), the
 * bookkeeping of their runs, and the waits of Java callers.
 *
 * <p>A run is {@code run(event, step)} of the workflow class, executed in its worker (see {@code
 * workflows.js}); every step operation calls back here. Each run has a generation: pausing,
 * terminating or restarting an instance abandons its run by moving to the next generation, after
 * which the old run's calls change nothing and its waits never end. A run that starts again
 * replays the steps the store holds and runs only what is left. Thread-safe: the engine's monitor
 * guards its state and wakes Java callers waiting for a status, a step or an idle instance.
 */
final class WorkflowEngine implements WorkflowRuns, WorkflowInstances, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger("miniflare4j.workflows");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The state of an instance's current run, in memory. */
  private static final class Run {
    int generation;
    /** The isolate the current run executes in; {@code null} before the first run. */
    WorkerIsolate isolate;
    boolean stepRunning;
    boolean pauseRequested;
    /** The generation that completed or errored, whose steps still under way keep their results; -1 when none. */
    int finishedGeneration = -1;
    long nextTimer;
    final Map<Long, RunTimer> timers = new HashMap<>();
    final Map<String, EventWaiter> waiters = new LinkedHashMap<>();
    WorkflowWait blockedOn;
  }

  private record EventWaiter(String type, String step, CompletableFuture<String> result, ClockAlarms.Alarm timeout) {}

  /** A timer of a run and what completes when it fires (dropped when it is cancelled: see OperationDropped). */
  private record RunTimer(ClockAlarms.Alarm alarm, CompletableFuture<Void> fired) {
    void cancel() {
      alarm.cancel();
      fired.completeExceptionally(OperationDropped.INSTANCE);
    }
  }

  private final String workflowName;
  private final String className;
  private final int stepLimit;
  private final String definingWorker;
  private final WorkflowStore store;
  private final MiniflareClock clock;
  private final ClockAlarms alarms;
  private final WorkerDirectory workers;
  private final Map<String, Run> runs = new HashMap<>();
  private final Map<String, InstanceModifiers> modifiers = new HashMap<>();
  /** Instances whose engine never started (params it could not keep): queued until created again. */
  private final Set<String> neverStarted = new HashSet<>();
  private final List<Consumer<String>> creationListeners = new CopyOnWriteArrayList<>();
  private boolean closed;

  WorkflowEngine(WorkflowDeclaration workflow, String definingWorker, WorkflowStore store, MiniflareClock clock,
      WorkerDirectory workers) {
    this.workflowName = workflow.workflowName();
    this.className = workflow.className();
    this.stepLimit = workflow.stepLimitInForce();
    this.definingWorker = definingWorker;
    this.store = store;
    this.clock = clock;
    this.workers = workers;
    this.alarms = new ClockAlarms(clock, "miniflare4j-workflow-" + workflowName);
  }

  String workflowName() {
    return workflowName;
  }

  /** The most {@code step.do} calls one run may make. */
  @Override
  public int stepLimit() {
    return stepLimit;
  }

  MiniflareClock clock() {
    return clock;
  }

  // ---- the binding's operations ---------------------------------------------------------

  /**
   * Creates an instance and starts its run; an id that exists already is returned as is (the
   * existing instance is left alone, as in Miniflare).
   */
  @Override
  public String create(String id, String paramsClone) {
    String instanceId = id == null ? UUID.randomUUID().toString() : id;
    if (!WorkflowLimits.validInstanceId(instanceId)) {
      throw new WorkflowException("WorkflowError", WorkflowLimits.INVALID_ID,
          "ids have at most " + WorkflowLimits.MAX_INSTANCE_ID_LENGTH + " characters of letters, digits, '_' and '-', not starting with '-'; was \"" + instanceId + "\"");
    }
    synchronized (this) {
      if (neverStarted.remove(instanceId)) {
        store.deleteInstance(instanceId); // Miniflare's engine starts afresh with the new params
      }
      if (!store.insertInstance(instanceId, paramsClone, clock.millis())) {
        return instanceId;
      }
    }
    creationListeners.forEach(listener -> listener.accept(instanceId));
    synchronized (this) {
      startRunning(instanceId);
    }
    return instanceId;
  }

  @Override
  public String createStuck(String id) {
    String instanceId = id == null ? UUID.randomUUID().toString() : id;
    if (!WorkflowLimits.validInstanceId(instanceId)) {
      throw new WorkflowException("WorkflowError", WorkflowLimits.INVALID_ID,
          "ids have at most " + WorkflowLimits.MAX_INSTANCE_ID_LENGTH + " characters of letters, digits, '_' and '-', not starting with '-'; was \"" + instanceId + "\"");
    }
    synchronized (this) {
      if (store.insertInstance(instanceId, "null", clock.millis())) {
        neverStarted.add(instanceId);
        notifyAll();
      }
    }
    return instanceId;
  }

  @Override
  public void requireExists(String id) {
    if (!exists(id)) {
      throw new WorkflowException("WorkflowError", WorkflowLimits.DOES_NOT_EXIST, "");
    }
  }

  @Override
  public String stepKey(String name, int index) {
    return new WorkflowStep(name, Math.max(1, index)).key("do");
  }

  @Override
  public String stepKey(String kind, String name, int index) {
    return new WorkflowStep(name, Math.max(1, index)).key(kind);
  }

  @Override
  public synchronized boolean exists(String id) {
    return store.instance(id) != null;
  }

  synchronized List<String> instanceIds() {
    return store.instanceIds();
  }

  @Override
  public synchronized StatusReport status(String id) {
    InstanceRow row = require(id);
    WorkflowError error = row.errorName() == null ? null : new WorkflowError(row.errorName(), row.errorMessage());
    return new StatusReport(WorkflowInstanceStatus.of(row.status()), store.stepOutputs(id), row.output(), error);
  }

  @Override
  public synchronized void pause(String id) {
    requireStarted(id);
    InstanceRow row = require(id);
    WorkflowInstanceStatus status = WorkflowInstanceStatus.of(row.status());
    if (status != WorkflowInstanceStatus.RUNNING && status != WorkflowInstanceStatus.WAITING) {
      return; // Miniflare pauses only a running instance
    }
    Run run = run(id);
    if (run.stepRunning) {
      run.pauseRequested = true;
      setStatus(id, WorkflowInstanceStatus.WAITING_FOR_PAUSE);
    } else {
      pauseNow(id);
    }
  }

  @Override
  public synchronized void resume(String id) {
    requireStarted(id);
    InstanceRow row = require(id);
    WorkflowInstanceStatus status = WorkflowInstanceStatus.of(row.status());
    if (status == WorkflowInstanceStatus.WAITING_FOR_PAUSE) {
      run(id).pauseRequested = false;
      setStatus(id, WorkflowInstanceStatus.RUNNING);
    } else if (status == WorkflowInstanceStatus.PAUSED) {
      if (row.pausedAt() != null) {
        store.offsetDues(id, clock.millis() - row.pausedAt()); // sleeps and waits do not count paused time
      }
      store.setPausedAt(id, null);
      setStatus(id, WorkflowInstanceStatus.QUEUED);
      startRunning(id);
    }
  }

  @Override
  public synchronized void terminate(String id) {
    requireStarted(id);
    InstanceRow row = require(id);
    if (WorkflowInstanceStatus.of(row.status()).isFinal()) {
      throw new WorkflowException("WorkflowError", WorkflowLimits.CANNOT_TERMINATE, "instance \"" + id + "\" is " + row.status());
    }
    abandon(id);
    setStatus(id, WorkflowInstanceStatus.TERMINATED);
  }

  @Override
  public synchronized void restart(String id) {
    requireStarted(id);
    require(id);
    abandon(id);
    store.clearRun(id);
    // the mocked events survive (Miniflare keeps the event-map entries of mocked types): the
    // restarted run takes them again; events sent otherwise are forgotten
    for (InstanceModifiers.MockedEvent mocked : modifiers(id).mockedEvents()) {
      store.addEvent(id, new EventRow(mocked.type(), mocked.cloneText(), mocked.json(), clock.millis()));
    }
    setStatus(id, WorkflowInstanceStatus.QUEUED);
    startRunning(id);
  }

  /** Hands an event to the wait of its type, or keeps it until a wait takes it. */
  @Override
  public synchronized void sendEvent(String id, String type, String payloadClone, String payloadJson) {
    if (neverStarted.contains(id)) {
      throw new WorkflowException("Error", "Engine was never started", "instance \"" + id + "\" never started");
    }
    EventRow event = new EventRow(type, payloadClone, payloadJson, clock.millis());
    Run run = runs.get(id);
    if (run != null) {
      for (Iterator<Map.Entry<String, EventWaiter>> it = run.waiters.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, EventWaiter> entry = it.next();
        if (entry.getValue().type().equals(type)) {
          it.remove();
          deliver(id, run, entry.getKey(), entry.getValue(), event);
          return;
        }
      }
    }
    store.addEvent(id, event);
  }

  /** Introspection's dispose: abandons the run and forgets the instance and its modifiers. */
  @Override
  public synchronized void strand(String id) {
    if (store.instance(id) != null && runs.containsKey(id)) {
      abandon(id);
    }
  }

  @Override
  public synchronized void abortAndDelete(String id) {
    neverStarted.remove(id);
    abandon(id);
    runs.remove(id);
    modifiers.remove(id);
    store.deleteInstance(id);
    notifyAll();
  }

  @Override
  public synchronized InstanceModifiers modifiers(String id) {
    return modifiers.computeIfAbsent(id, k -> new InstanceModifiers());
  }

  void addCreationListener(Consumer<String> listener) {
    creationListeners.add(listener);
  }

  void removeCreationListener(Consumer<String> listener) {
    creationListeners.remove(listener);
  }

  // ---- waits of Java callers -------------------------------------------------------------

  @Override
  public synchronized void waitForStatus(String id, WorkflowInstanceStatus target, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      WorkflowInstanceStatus status = WorkflowInstanceStatus.of(require(id).status());
      if (status == target || target == WorkflowInstanceStatus.QUEUED) {
        return; // Miniflare's introspector answers "queued" at once
      }
      if (status.isFinal() && target.isFinal()) {
        throw new WorkflowException("Error", WorkflowLimits.unreachable(id, status.miniflareName(), target.miniflareName()), "");
      }
      awaitChange(deadline, timeout, () -> "instance \"" + id + "\" of workflow \"" + workflowName + "\" to reach status '"
          + target + "'; it is '" + status + "'" + describeWait(id));
    }
  }

  /** How a {@code step.do} ended, once it succeeded or failed for good; whether the caller had to wait for that. */
  @Override
  public synchronized StepEnd waitForStepResult(String id, String key, String stepName, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean waited = false;
    while (true) {
      require(id);
      StepRow step = store.step(id, key);
      if (step != null && step.state().equals("succeeded")) {
        return new StepEnd(waited, step.value(), step.json(), null, null);
      }
      if (step != null && (step.state().equals("failed") || step.errorName() != null)) {
        return new StepEnd(waited, null, null, step.errorName(), step.errorMessage());
      }
      awaitChange(deadline, timeout, () -> "step \"" + stepName + "\" of instance \"" + id + "\" of workflow \"" + workflowName
          + "\" to finish" + describeWait(id));
      waited = true;
    }
  }

  @Override
  public synchronized boolean stepHasEnded(String id, String key) {
    StepRow step = store.step(id, key);
    return step != null && (step.state().equals("succeeded") || step.state().equals("failed") || step.errorName() != null);
  }

  /** Waits until nothing of the instance runs: it waits on the clock or for an event, or it stopped. */
  synchronized WorkflowWait waitUntilIdle(String id, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      WorkflowInstanceStatus status = WorkflowInstanceStatus.of(require(id).status());
      if (status.isFinal() || status == WorkflowInstanceStatus.PAUSED) {
        return WorkflowWait.NOTHING;
      }
      Run run = runs.get(id);
      if (run != null && run.blockedOn != null && !run.stepRunning) {
        return run.blockedOn;
      }
      awaitChange(deadline, timeout, () -> "instance \"" + id + "\" of workflow \"" + workflowName
          + "\" to wait on the clock or for an event; it is '" + status + "' and still running a step");
    }
  }

  private void awaitChange(long deadline, Duration timeout, java.util.function.Supplier<String> waitingFor) {
    long left = deadline - System.nanoTime();
    if (left <= 0 || closed) {
      throw new WorkflowException("Error", "Timed out after " + timeout + " waiting for " + waitingFor.get(), "");
    }
    try {
      wait(Math.max(1, left / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkflowException("Error", "Interrupted while waiting for " + waitingFor.get(), "");
    }
  }

  private String describeWait(String id) {
    Run run = runs.get(id);
    WorkflowWait wait = run == null ? null : run.blockedOn;
    if (wait == null) {
      return "";
    }
    return switch (wait.kind()) {
      case SLEEP -> "; it sleeps in step \"" + wait.step() + "\" until " + wait.until() + " on the instance clock (now "
          + clock.instant() + "): advance the clock";
      case RETRY_DELAY -> "; step \"" + wait.step() + "\" waits to retry until " + wait.until() + " on the instance clock (now "
          + clock.instant() + "): advance the clock";
      case EVENT -> "; it waits for an event of type \"" + wait.eventType() + "\" (step \"" + wait.step() + "\"): send it";
      case NOTHING -> "";
    };
  }

  // ---- runs --------------------------------------------------------------------------------

  /** Instances that were running when the store was last used run again (a restart on the same persist directory). */
  synchronized void resumeStored() {
    for (String id : store.instanceIds()) {
      WorkflowInstanceStatus status = WorkflowInstanceStatus.of(store.instance(id).status());
      if (status == WorkflowInstanceStatus.WAITING_FOR_PAUSE) {
        store.setPausedAt(id, clock.millis());
        setStatus(id, WorkflowInstanceStatus.PAUSED);
      } else if (needsRun(status)) {
        start(id);
      }
    }
  }

  /** Whether an instance in this status has (or awaits) a run. */
  private static boolean needsRun(WorkflowInstanceStatus status) {
    return status == WorkflowInstanceStatus.QUEUED || status == WorkflowInstanceStatus.RUNNING;
  }

  /**
   * Running instances whose run executed in an isolate that is no longer the defining worker's
   * (the workers were restarted) run again there, replaying their stored steps; runs already in
   * the current isolate go on.
   */
  synchronized void resumeInRestartedWorkers() {
    WorkerIsolate current;
    try {
      current = workers.worker(definingWorker);
    } catch (RuntimeException e) {
      return;
    }
    for (String id : store.instanceIds()) {
      Run run = runs.get(id);
      if (needsRun(WorkflowInstanceStatus.of(store.instance(id).status())) && (run == null || run.isolate != current)) {
        start(id);
      }
    }
  }

  /** Starts a run of an instance in the worker that exports the workflow class. */
  /**
   * Starts the instance's run as create(), resume() and restart() do: Miniflare's engine sets the
   * instance running before the caller's next call reaches it, so its status reads "running" at once.
   */
  private void startRunning(String id) {
    start(id);
    InstanceRow row = store.instance(id);
    if (row != null && WorkflowInstanceStatus.of(row.status()) == WorkflowInstanceStatus.QUEUED) {
      setStatus(id, WorkflowInstanceStatus.RUNNING);
    }
  }

  private void start(String id) {
    if (closed) {
      return;
    }
    Run run = run(id);
    abandon(id);
    int generation = run.generation;
    InstanceRow row = store.instance(id);
    WorkerIsolate isolate;
    try {
      isolate = workers.worker(definingWorker);
    } catch (RuntimeException e) {
      fail(id, generation, "Error", e.getMessage());
      return;
    }
    run.isolate = isolate;
    ObjectNode request = JSON.createObjectNode();
    request.put("className", className);
    request.put("id", id);
    request.put("params", row.params());
    request.put("timestamp", row.created());
    // the defining worker may bind no workflow itself: the entry comes with the kind's script
    isolate.invokeInstalledBy(WorkflowsPlugin.KIND, WorkflowsInstance.SCRIPT, "workflowRun",
            new EngineHost(this, isolate, id, generation), request.toString())
        .exceptionally(error -> {
          LOG.error("Workflow \"{}\": instance \"{}\" could not run: {}", workflowName, id, error.getMessage());
          fail(id, generation, "Error", String.valueOf(error.getMessage()));
          return null;
        });
  }

  /** Abandons the instance's current run: its waits never end and its later calls change nothing. */
  private void abandon(String id) {
    Run run = run(id);
    run.generation++;
    // the abandoned run's waits never end: they stop counting as its worker's pending I/O
    run.timers.values().forEach(RunTimer::cancel);
    run.timers.clear();
    run.waiters.values().forEach(w -> {
      w.timeout().cancel();
      w.result().completeExceptionally(OperationDropped.INSTANCE);
    });
    run.waiters.clear();
    run.stepRunning = false;
    run.pauseRequested = false;
    run.blockedOn = null;
    run.finishedGeneration = -1;
    notifyAll();
  }

  private void pauseNow(String id) {
    abandon(id);
    store.setPausedAt(id, clock.millis());
    setStatus(id, WorkflowInstanceStatus.PAUSED);
  }

  /** An instance whose engine never started answers the status changes as one that does not exist. */
  private void requireStarted(String id) {
    if (neverStarted.contains(id)) {
      throw new WorkflowException("WorkflowError", WorkflowLimits.DOES_NOT_EXIST, "instance \"" + id + "\" never started");
    }
  }

  private Run run(String id) {
    return runs.computeIfAbsent(id, k -> new Run());
  }

  private InstanceRow require(String id) {
    InstanceRow row = store.instance(id);
    if (row == null) {
      throw new WorkflowException("Error", WorkflowLimits.NOT_FOUND, "workflow \"" + workflowName + "\" has no instance \"" + id
          + "\"; its instances are " + store.instanceIds());
    }
    return row;
  }

  private void setStatus(String id, WorkflowInstanceStatus status) {
    store.setStatus(id, status.miniflareName());
    notifyAll();
  }

  @Override
  public synchronized boolean alive(String id, int generation) {
    Run run = runs.get(id);
    return !closed && run != null && run.generation == generation;
  }

  @Override
  public synchronized void runStarted(String id, int generation) {
    if (alive(id, generation) && WorkflowInstanceStatus.of(store.instance(id).status()) == WorkflowInstanceStatus.QUEUED) {
      setStatus(id, WorkflowInstanceStatus.RUNNING);
    }
  }

  @Override
  public synchronized void complete(String id, int generation, String outputJson) {
    if (!alive(id, generation)) {
      return;
    }
    abandon(id);
    run(id).finishedGeneration = generation;
    store.setOutcome(id, outputJson, null, null);
    setStatus(id, WorkflowInstanceStatus.COMPLETE);
  }

  @Override
  public synchronized void fail(String id, int generation, String name, String message) {
    if (!alive(id, generation)) {
      return;
    }
    abandon(id);
    run(id).finishedGeneration = generation;
    store.setOutcome(id, null, name, message);
    setStatus(id, WorkflowInstanceStatus.ERRORED);
  }

  // ---- steps -------------------------------------------------------------------------------

  @Override
  public synchronized StepRow step(String id, String key) {
    return store.step(id, key);
  }

  /** Starts an attempt of a step; returns the attempt's number, from 1 (attempts survive a restart). */
  @Override
  public synchronized int attemptStarted(String id, int generation, String key) {
    if (!alive(id, generation)) {
      return -1;
    }
    StepRow step = store.step(id, key);
    int attempt = (step == null ? 0 : step.attempts()) + 1;
    store.stepStarted(id, key, attempt, null);
    Run run = runs.get(id);
    run.stepRunning = true;
    run.blockedOn = null;
    return attempt;
  }

  /** Whether the run goes on after a step ended: {@code false} when a pause was waiting for it. */
  private boolean stepEnded(String id, Run run) {
    run.stepRunning = false;
    notifyAll();
    if (run.pauseRequested) {
      pauseNow(id);
      return false;
    }
    return true;
  }

  @Override
  public synchronized boolean stepSucceeded(String id, int generation, String key, String clone, String json) {
    if (!alive(id, generation)) {
      Run run = runs.get(id);
      if (closed || run == null || run.finishedGeneration != generation) {
        return false;
      }
      // a step the run did not wait for ends after the run did: Miniflare's engine still keeps its result (recorded)
      store.stepSucceeded(id, key, clone, json);
      notifyAll();
      return true;
    }
    store.stepSucceeded(id, key, clone, json);
    return stepEnded(id, runs.get(id));
  }

  @Override
  public synchronized boolean attemptFailed(String id, int generation) {
    return alive(id, generation) && stepEnded(id, runs.get(id));
  }

  @Override
  public synchronized boolean stepFailed(String id, int generation, String key, String name, String message) {
    if (!alive(id, generation)) {
      return false;
    }
    store.stepFailed(id, key, name, message);
    return stepEnded(id, runs.get(id));
  }

  @Override
  public synchronized boolean stepGaveUp(String id, int generation, String key, String name, String message) {
    if (!alive(id, generation)) {
      return false;
    }
    store.stepGaveUp(id, key, name, message);
    return stepEnded(id, runs.get(id));
  }

  /** The due time of a sleep: the stored one, or {@code proposedDue} stored now; -1 when the sleep is over. */
  @Override
  public synchronized long sleepDue(String id, int generation, String key, long proposedDue) {
    if (!alive(id, generation)) {
      return -1;
    }
    StepRow step = store.step(id, key);
    if (step != null && step.state().equals("succeeded")) {
      return -1;
    }
    if (step != null && step.due() != null) {
      return step.due();
    }
    store.stepStarted(id, key, 0, proposedDue);
    return proposedDue;
  }

  @Override
  public synchronized void sleepDone(String id, int generation, String key) {
    if (alive(id, generation)) {
      store.stepSucceeded(id, key, null, null);
    }
  }

  /**
   * A future completed when the clock reads {@code due}. A sleep or a retry delay makes the
   * instance idle while it lasts ({@code kind} not {@code null}); a step's timeout does not.
   *
   * @return the timer's id (for {@link #cancelTimer}) and its future
   */
  @Override
  public synchronized Map.Entry<Long, CompletableFuture<Void>> timer(String id, int generation, long due, WorkflowWait.Kind kind, String step) {
    CompletableFuture<Void> future = new CompletableFuture<>();
    if (!alive(id, generation)) {
      future.completeExceptionally(OperationDropped.INSTANCE);
      return Map.entry(-1L, future);
    }
    Run run = runs.get(id);
    long timerId = run.nextTimer++;
    WorkflowWait wait = kind == null ? null : new WorkflowWait(kind, step, Instant.ofEpochMilli(due), null);
    if (wait != null) {
      run.blockedOn = wait;
      notifyAll();
    }
    run.timers.put(timerId, new RunTimer(alarms.at(due, () -> {
      synchronized (this) {
        if (run.timers.remove(timerId) == null) {
          return;
        }
        if (wait != null && run.blockedOn == wait) {
          run.blockedOn = null;
        }
      }
      future.complete(null);
    }), future));
    return Map.entry(timerId, future);
  }

  @Override
  public synchronized void cancelTimer(String id, int generation, long timerId) {
    Run run = runs.get(id);
    if (run != null && run.generation == generation) {
      RunTimer timer = run.timers.remove(timerId);
      if (timer != null) {
        timer.cancel();
      }
    }
  }

  /**
   * A {@code step.waitForEvent}: completes with the event as JSON {@code {type, payload (clone
   * text), timestamp}} when one of its type arrives (or was kept), or fails with
   * WorkflowTimeoutError when its timeout passes on the instance clock.
   */
  @Override
  public synchronized CompletableFuture<String> waitForEvent(String id, int generation, String key, String step, String type, long timeoutMillis) {
    CompletableFuture<String> result = new CompletableFuture<>();
    if (!alive(id, generation)) {
      result.completeExceptionally(OperationDropped.INSTANCE);
      return result;
    }
    WorkflowException timedOut = new WorkflowException("WorkflowTimeoutError", "Execution timed out after " + timeoutMillis + "ms", "");
    StepRow row = store.step(id, key);
    if (row != null && row.state().equals("succeeded")) {
      result.complete(row.value());
      return result;
    }
    if (row != null && row.state().equals("failed")) {
      result.completeExceptionally(new WorkflowException(row.errorName(), row.errorMessage(), ""));
      return result;
    }
    long due = row != null && row.due() != null ? row.due() : clock.millis() + timeoutMillis;
    if (row == null) {
      store.stepStarted(id, key, 0, due);
    }
    if (modifiers(id).eventTimeoutForced(key) || due <= clock.millis()) {
      store.stepFailed(id, key, timedOut.errorName(), timedOut.errorMessage());
      result.completeExceptionally(timedOut);
      return result;
    }
    Run run = runs.get(id);
    EventRow kept = store.takeEvent(id, type);
    if (kept != null) {
      deliver(id, run, key, new EventWaiter(type, step, result, null), kept);
      return result;
    }
    WorkflowWait wait = new WorkflowWait(WorkflowWait.Kind.EVENT, step, Instant.ofEpochMilli(due), type);
    ClockAlarms.Alarm timeout = alarms.at(due, () -> {
      synchronized (this) {
        if (run.waiters.remove(key) == null) {
          return;
        }
        if (run.blockedOn == wait) {
          run.blockedOn = null;
        }
        store.stepFailed(id, key, timedOut.errorName(), timedOut.errorMessage());
        notifyAll();
      }
      result.completeExceptionally(timedOut);
    });
    run.waiters.put(key, new EventWaiter(type, step, result, timeout));
    run.blockedOn = wait;
    notifyAll();
    return result;
  }

  private void deliver(String id, Run run, String key, EventWaiter waiter, EventRow event) {
    if (waiter.timeout() != null) {
      waiter.timeout().cancel();
    }
    ObjectNode value = JSON.createObjectNode();
    value.put("type", event.type());
    value.put("payload", event.payload());
    value.put("timestamp", event.timestamp());
    store.stepSucceeded(id, key, value.toString(), event.json() == null ? "null" : event.json());
    if (run.blockedOn != null && run.blockedOn.kind() == WorkflowWait.Kind.EVENT && run.blockedOn.step().equals(waiter.step())) {
      run.blockedOn = null;
    }
    notifyAll();
    waiter.result().complete(value.toString());
  }

  // ---- storage --------------------------------------------------------------------------------

  synchronized byte[] snapshot() {
    return store.snapshot();
  }

  /** Puts the store back to a snapshot: every run is abandoned, modifiers are dropped, and unfinished instances run again. */
  synchronized void restore(byte[] snapshot) {
    new ArrayList<>(runs.keySet()).forEach(this::abandon);
    modifiers.clear();
    store.restore(snapshot);
    runs.keySet().removeIf(id -> store.instance(id) == null);
    resumeStored();
    notifyAll();
  }

  @Override
  public synchronized void close() {
    closed = true;
    new ArrayList<>(runs.keySet()).forEach(this::abandon);
    alarms.close();
    store.close();
    notifyAll();
  }
}
