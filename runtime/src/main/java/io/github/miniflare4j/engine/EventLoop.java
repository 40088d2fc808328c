package io.github.miniflare4j.engine;

import io.github.miniflare4j.MiniflareClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that owns one worker's JavaScript Context. Every entry into that Context is a
 * task run here, in submission order; timers are macrotasks ordered by due time. Tasks may be
 * posted from any thread; timers are managed from the loop thread only.
 */
public final class EventLoop implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);
  /**
   * How much of the loop thread's CPU time a clock reading holds within one task (see {@link
   * #taskTime}): what the interpreter spends on what V8 runs in a few milliseconds, far below a
   * long computation. CPU time, not wall time, so that a loaded machine does not shorten it.
   */
  private static final long STILL_CLOCK_CPU_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean THREAD_CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

  /** How far behind a repeating timer still fires its missed ticks (see {@link #nextTick}). */
  private static final long MAX_CATCH_UP_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * How long a request from outside waits, at most, for the loop to run out of ready events (see
   * {@link #executeFromOutside}): a guard against code that never stops being ready (a timer due
   * again each time it fires), far above what real waits take.
   */
  private static final long OUTSIDE_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * The longest a loop watching its group (see {@link #startWatchingGroup}) blocks without a
   * wake-up: a bound on the delay should a wake-up be missed in a race (another loop seen busy for
   * an instant), not the way it normally learns that the work holding it back is done.
   */
  private static final long GROUP_WATCH_BOUND_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** Wakes the loop so that it looks at its state again; runs nothing. */
  private static final Runnable WAKE = () -> { };

  private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  /** Requests from outside not yet read (see {@link #executeFromOutside}), oldest first. */
  private final Queue<OutsideTask> fromOutside = new ConcurrentLinkedQueue<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final Map<Integer, Timer> timersById = new HashMap<>();
  private final Thread thread;
  private volatile boolean closed;
  // Busy tracking for the CPU watchdog, a seqlock: odd while a task runs, even when idle.
  private volatile long taskSequence;
  private volatile long taskStartNanos;
  private volatile Consumer<Throwable> taskFailureHandler;
  private volatile BooleanSupplier idleHandler;
  private volatile BooleanSupplier operationsPending;
  private volatile BooleanSupplier requestsUnderway;
  private volatile long outsidePatienceNanos = OUTSIDE_PATIENCE_NANOS;
  private volatile long groupWatchBoundNanos = GROUP_WATCH_BOUND_NANOS;
  /** The instance's loops, or {@code null} for a loop alone (see {@link #joinGroup}). */
  private volatile LoopGroup group;
  /** Set while the thread waits for a task or a timer's time, with nothing of its own ready. */
  private volatile boolean waiting;
  /**
   * Set while the thread waits because only other loops' ready work holds its own back: the group
   * wakes it when one of them goes idle (see {@link LoopGroup#wentIdle}).
   */
  private volatile boolean watchingGroup;
  /** Whether a task or timer ran since the loop last waited; loop thread only. */
  private boolean ranSinceWait = true;
  /** Work to run once nothing is ready (see {@link #whenWaiting}); loop thread only. */
  private List<Runnable> whenWaiting = new ArrayList<>();
  private int nextTimerId = 1;
  // the running task's clock (taskTime), loop thread only
  private long taskTimeSequence = -1;
  private long taskTimeMillis;
  private long taskTimeTakenNanos;
  private long timerSequence;
  // the running task's timer base (taskTimerBase), loop thread only
  private long timerBaseSequence = -1;
  private long timerBaseNanos;
  private long timerBaseTakenNanos;
  // timers are due on the instance clock: advancing it brings them forward
  private volatile MiniflareClock clock;

  /**
   * Starts the loop thread, named after the worker.
   *
   * @param name the thread name
   */
  public EventLoop(String name) {
    this.thread = new Thread(this::run, "miniflare4j-worker-" + name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /**
   * Makes timers follow the instance clock: advancing it by a duration fires the timers due
   * within that duration (at the next turn of the loop), as if that time had passed. Moving it
   * back delays them. Call {@link #clockChanged()} after each change.
   */
  void useClock(MiniflareClock instanceClock) {
    this.clock = instanceClock;
  }

  /** Wakes the loop so that it re-reads the clock; callable from any thread. */
  void clockChanged() {
    if (!closed) {
      tasks.add(WAKE);
    }
  }

  /**
   * Makes this loop one of {@code loops}, the loops of its instance, until it closes: its waits on
   * other workers count as ready work while one of them has work ready (see {@link LoopGroup}).
   */
  void joinGroup(LoopGroup loops) {
    this.group = loops;
    loops.join(this);
  }

  /**
   * Replaces {@link #OUTSIDE_PATIENCE_NANOS} for this loop, so that a test can tell a request read
   * because nothing held it back from one read because it waited too long.
   */
  void outsidePatience(long nanos) {
    this.outsidePatienceNanos = nanos;
  }

  /**
   * Replaces {@link #GROUP_WATCH_BOUND_NANOS} for this loop, so that a test can tell a loop woken
   * by its group from one that looked again after the bound.
   */
  void groupWatchBound(long nanos) {
    this.groupWatchBoundNanos = nanos;
  }

  /**
   * Whether the thread runs something or has a task queued; callable from any thread. A wake-up
   * alone ({@link #WAKE}) is not work: a loop that looks at its state again stays idle to others.
   */
  boolean busy() {
    if (!waiting) {
      return true;
    }
    Runnable head = tasks.peek();
    return head != null && (head != WAKE || tasks.size() > 1);
  }

  /** Now, in the timers' time base: the instance clock's, which stands still while frozen. */
  private long now() {
    MiniflareClock current = clock;
    return current == null ? System.nanoTime() : current.timerNanos();
  }

  /**
   * The time the running task's JavaScript reads ({@code Date.now()}, {@code new Date()},
   * {@code performance.now()}): a reading of the clock holds for {@link #STILL_CLOCK_CPU_NANOS}
   * of the task's CPU time, so that two reads a moment apart in synchronous code (or its
   * microtasks) see no time pass, as Cloudflare's runtime gives it (its clock moves between events: I/O, timers) and as
   * Miniflare's V8 mostly does (it runs such code in microseconds). The interpreter's slower runs
   * would otherwise leak into what code computes from two such reads (openauth's TTL of 60 s
   * becoming 59, which KV refuses). A long computation, and code polling the clock in a loop, see
   * it move, as in Miniflare (whose clock moves with real time). A new task (an I/O result, a
   * timer, a request) reads the clock afresh; outside a task of this loop it is read as it is.
   *
   * @param clockMillis reads the instance clock in epoch milliseconds
   * @return epoch milliseconds
   */
  public long taskTime(LongSupplier clockMillis) {
    long sequence = taskSequence;
    if (!inLoop() || (sequence & 1) == 0) {
      return clockMillis.getAsLong();
    }
    long nanos = THREAD_CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    if (sequence != taskTimeSequence || nanos - taskTimeTakenNanos > STILL_CLOCK_CPU_NANOS) {
      taskTimeSequence = sequence;
      taskTimeTakenNanos = nanos;
      taskTimeMillis = clockMillis.getAsLong();
    }
    return taskTimeMillis;
  }

  /** Names the loop thread after the worker that now owns it (a spare Context's loop). */
  void rename(String threadName) {
    thread.setName(threadName);
  }

  /**
   * Whether the calling thread is this loop's thread.
   *
   * @return {@code true} on the loop thread
   */
  public boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  /**
   * The loop thread.
   *
   * @return the thread, started by the constructor
   */
  public Thread thread() {
    return thread;
  }

  /**
   * Queues a task.
   *
   * @throws RejectedExecutionException when the loop is closed
   * @param task the task; runs after the tasks queued before it
   */
  public void execute(Runnable task) {
    if (closed) {
      throw new RejectedExecutionException("event loop " + thread.getName() + " is closed");
    }
    tasks.add(task);
  }

  /**
   * Queues a task that comes from outside the runtime (a request of {@code dispatchFetch} or of
   * the HTTP server): workerd reads one only once its event loop has run out of ready events, so
   * it runs once this loop has no task queued, no timer due (an I/O result's delivery, a 0 ms timer
   * of the code) and, while none of its worker's requests is underway, waits on no other worker of
   * its group that still has work ready (see {@link #holdsForOtherWorkers}), after the
   * {@link #whenWaiting} work planned until then; the I/O a previous request's {@code waitUntil}
   * does within the instance comes first (recorded). Requests from outside run in arrival order;
   * one waits at most {@link #OUTSIDE_PATIENCE_NANOS} (by default).
   *
   * @throws RejectedExecutionException when the loop is closed
   * @param task the task
   */
  public void executeFromOutside(Runnable task) {
    if (closed) {
      throw new RejectedExecutionException("event loop " + thread.getName() + " is closed");
    }
    fromOutside.add(new OutsideTask(task, System.nanoTime()));
    tasks.add(WAKE);
  }

  /**
   * Queues a task and returns its result as a future.
   *
   * @param <T> the result type
   * @param task the task
   * @return a future completing with the task's result or failing with what it threw (with a
   *     {@link RejectedExecutionException} when the loop is closed; never thrown here)
   */
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      execute(
          () -> {
            try {
              future.complete(task.call());
            } catch (Throwable t) {
              future.completeExceptionally(t);
            }
          });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  /**
   * Schedules a callback after {@code delayMillis}; loop thread only. Returns the timer id.
   *
   * @param delayMillis the delay in milliseconds; negative counts as 0
   * @param repeatMillis the interval of a repeating timer in milliseconds, or 0 for a one-shot
   *     timer
   * @param callback runs on the loop thread
   * @return the timer id, positive and unique within this loop
   */
  public int setTimer(long delayMillis, long repeatMillis, Runnable callback) {
    assert inLoop();
    return addTimer(taskTimerBase(), delayMillis, repeatMillis, callback);
  }

  private int addTimer(long baseNanos, long delayMillis, long repeatMillis, Runnable callback) {
    Timer timer = new Timer(nextTimerId++, baseNanos + TimeUnit.MILLISECONDS.toNanos(Math.max(0, delayMillis)),
        repeatMillis, callback, timerSequence++);
    timers.add(timer);
    timersById.put(timer.id, timer);
    return timer.id;
  }

  /**
   * The time the running task's timers count from, in the timers' time base: held as {@link
   * #taskTime} holds the clock that JavaScript reads, so that timers set one after the other in
   * synchronous code are due in the order of their delays ({@code setTimeout(f, 2)} then {@code
   * setTimeout(g, 1)} runs {@code g} first), as in Cloudflare's runtime, whatever the interpreter
   * spent between the two calls. Outside a task of this loop, now.
   */
  private long taskTimerBase() {
    long sequence = taskSequence;
    if ((sequence & 1) == 0) {
      return now();
    }
    long cpuNanos = THREAD_CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    if (sequence != timerBaseSequence || cpuNanos - timerBaseTakenNanos > STILL_CLOCK_CPU_NANOS) {
      timerBaseSequence = sequence;
      timerBaseTakenNanos = cpuNanos;
      timerBaseNanos = now();
    }
    return timerBaseNanos;
  }

  /**
   * Runs {@code work} once the worker waits on nothing but its own timers, as workerd fires a 0 ms
   * timer only once its event loop has run out of ready events: no task queued and no I/O result
   * due, and either a timer of the code is next (due or not: it fires after {@code work}) or, with
   * no timer set, no outside operation is under way (see {@link #trackOperations}). Loop thread
   * only; dropped when the loop closes.
   *
   * @param work runs on the loop thread, in the order given
   */
  public void whenWaiting(Runnable work) {
    assert inLoop();
    whenWaiting.add(work);
  }

  /**
   * Delivers an I/O result on a later turn, at the place a 0 ms timer set now would run; unlike a
   * timer of the worker's code it keeps {@link #whenWaiting} work waiting. Loop thread only.
   *
   * @param delivery runs on the loop thread
   */
  public void deliverIo(Runnable delivery) {
    assert inLoop();
    int id = addTimer(now(), 0, 0, delivery);
    timersById.get(id).io = true;
  }

  /**
   * Tells the loop whether operations within the instance (a binding call's result, a request to
   * another worker) are under way, for {@link #whenWaiting} and {@link #executeFromOutside}: they
   * hold those back while another loop of the group has work ready. Waits on the network (a
   * socket's next chunk, a WebSocket's next message) are not such operations.
   *
   * @param pending answers on the loop thread
   */
  public void trackOperations(BooleanSupplier pending) {
    this.operationsPending = pending;
  }

  /**
   * Tells the loop whether requests of its worker are underway (begun, not answered yet): while
   * one is, a request from outside does not wait for other workers' ready work (see {@link
   * #holdsForOtherWorkers}).
   *
   * @param underway answers on the loop thread
   */
  public void trackRequests(BooleanSupplier underway) {
    this.requestsUnderway = underway;
  }

  /**
   * Cancels a timer; unknown ids are ignored. Loop thread only.
   *
   * @param id a timer id from {@link #setTimer}
   */
  public void clearTimer(int id) {
    Timer timer = timersById.remove(id);
    if (timer != null) {
      timer.cancelled = true;
    }
  }

  /**
   * The number of live timers; loop thread only.
   *
   * @return the count of timers not yet fired or cleared
   */
  public int pendingTimers() {
    return timersById.size();
  }

  private void run() {
    while (!closed) {
      Runnable task;
      try {
        Timer next = nextLiveTimer();
        boolean ready = !tasks.isEmpty();
        if (!whenWaiting.isEmpty() && !ready && waitsOnTimersOnly(next)) {
          runWhenWaiting();
          continue;
        }
        if (!fromOutside.isEmpty() && !ready && (outOfReadyEvents(next) || outsideOverdue())) {
          // then as after any task: what it queued, and the timers due (even one whose due time
          // wrapped around, which the wait below would not see)
          runFromOutside();
          runTasksAlreadyQueued();
          runDueTimers();
          continue;
        }
        BooleanSupplier idle = idleHandler;
        if (next == null && idle != null && !ready && fromOutside.isEmpty()) {
          runIdleHandler(idle);
          next = nextLiveTimer();
        }
        long wait = next == null ? Long.MAX_VALUE : untilDue(next);
        if (!fromOutside.isEmpty()) {
          wait = Math.min(wait, untilOverdue());
        }
        if (wait <= 0) {
          task = tasks.poll();
        } else {
          waiting = true; // cleared when the loop runs something (see runSafely)
          try {
            if (!startWatchingGroup()) {
              continue; // the work that held this loop back is done: look again
            }
            if (watchingGroup) {
              wait = Math.min(wait, groupWatchBoundNanos);
            }
            task = wait == Long.MAX_VALUE ? tasks.take() : tasks.poll(wait, TimeUnit.NANOSECONDS);
          } finally {
            watchingGroup = false;
          }
        }
      } catch (InterruptedException e) {
        if (closed) {
          break;
        }
        continue;
      }
      if (task != null) {
        runSafely(task);
        runTasksAlreadyQueued();
      }
      runDueTimers();
    }
    tasks.clear();
    fromOutside.clear();
  }

  /**
   * Whether nothing but the worker's own timers is left to wait for: no I/O result due (the
   * earliest timer is a timer of the code, due or not) or, with no timer set, no outside operation
   * under way.
   */
  private boolean waitsOnTimersOnly(Timer next) {
    if (next == null) {
      return !waitsOnOtherWorkers();
    }
    return !next.io || next.dueNanos > now();
  }

  /**
   * How long until {@code timer} is due, 0 when it is: compared as {@link #runDueTimers} does, so
   * that a due time that wrapped around (a delay near {@code 2 ** 53} ms) counts as due there and
   * here alike, and the loop does not sleep on a timer it would fire.
   */
  private long untilDue(Timer timer) {
    long now = now();
    return timer.dueNanos <= now ? 0 : timer.dueNanos - now;
  }

  /**
   * Whether nothing is ready here: no timer due (an I/O result's delivery or a timer of the code)
   * and no wait on another worker that still has work ready; the caller checked the task queue.
   */
  private boolean outOfReadyEvents(Timer next) {
    return (next == null || next.dueNanos > now()) && !holdsForOtherWorkers();
  }

  /**
   * Whether a request from outside waits for other workers' ready work ({@link
   * #waitsOnOtherWorkers}): only while none of this worker's own requests is underway, as after a
   * response whose {@code waitUntil} work goes on (recorded). workerd runs every worker of the
   * process on one thread and reads the next request between the events of those in flight; here
   * each worker has its own thread, and holding a worker's concurrent requests until all its
   * callees went idle would serialise them (measured: half the throughput of the two-worker
   * dispatch with 16 requests in flight).
   */
  private boolean holdsForOtherWorkers() {
    BooleanSupplier underway = requestsUnderway;
    return (underway == null || !underway.getAsBoolean()) && waitsOnOtherWorkers();
  }

  /**
   * Whether an operation within the instance is under way while another loop of the group has
   * work ready: workerd would run that work, and what it answers, before it waits.
   */
  private boolean waitsOnOtherWorkers() {
    BooleanSupplier pending = operationsPending;
    LoopGroup loops = group;
    return pending != null && loops != null && pending.getAsBoolean() && loops.anyBusyBesides(this);
  }

  private boolean outsideOverdue() {
    OutsideTask head = fromOutside.peek();
    return head != null && System.nanoTime() - head.arrivedNanos > outsidePatienceNanos;
  }

  /** How long until the oldest request from outside is overdue (see {@link #outsideOverdue}). */
  private long untilOverdue() {
    OutsideTask head = fromOutside.peek();
    return head == null ? Long.MAX_VALUE
        : Math.max(1, head.arrivedNanos + outsidePatienceNanos + 1 - System.nanoTime());
  }

  /**
   * Called with {@link #waiting} set, just before the thread blocks: tells the group that this loop
   * went idle after running something, and, when only other loops' ready work holds this loop's
   * own back, asks the group to wake it once one of them goes idle. Returns {@code false} when the
   * hold ended meanwhile (so the loop looks again instead of blocking). Each side writes its own
   * flag before it reads the other's ({@link #waiting} here, {@link #watchingGroup} there), so
   * that a loop going idle and one starting to watch do not miss each other; a loop that only woke
   * to look again ran nothing and stays idle throughout, so two watching loops do not wake each
   * other in turn.
   */
  private boolean startWatchingGroup() {
    LoopGroup loops = group;
    if (loops == null) {
      return true;
    }
    if (ranSinceWait) {
      ranSinceWait = false;
      loops.wentIdle(this);
    }
    if (!heldByOtherWorkers()) {
      return true;
    }
    watchingGroup = true;
    return heldByOtherWorkers();
  }

  /** Whether work of this loop waits only because another loop of the group has work ready. */
  private boolean heldByOtherWorkers() {
    return (!whenWaiting.isEmpty() && waitsOnOtherWorkers())
        || (!fromOutside.isEmpty() && holdsForOtherWorkers());
  }

  /** Whether the thread waits for other loops to go idle; callable from any thread. */
  boolean watchingGroup() {
    return watchingGroup;
  }

  /** Wakes the thread so that it looks at its group again; callable from any thread. */
  void wake() {
    tasks.add(WAKE);
  }

  /** Reads the oldest request from outside, after the work planned for when the loop waits. */
  private void runFromOutside() {
    OutsideTask head = fromOutside.poll();
    if (head != null) {
      runWhenWaiting();
      runSafely(head.task);
    }
  }

  private void runWhenWaiting() {
    if (whenWaiting.isEmpty()) {
      return;
    }
    List<Runnable> due = whenWaiting;
    whenWaiting = new ArrayList<>();
    due.forEach(this::runSafely);
  }

  /**
   * Runs the tasks queued while the last task ran, before the timers that came due meanwhile: an
   * event that arrived during a long task (a message delivered on {@code accept()}, a response
   * from another worker) is not overtaken by a timer whose time passed while the loop was busy.
   * Bounded by the queue's length now, so a stream of new tasks cannot starve the timers.
   */
  private void runTasksAlreadyQueued() {
    for (int queued = tasks.size(); queued > 0 && !closed; queued--) {
      Runnable next = tasks.poll();
      if (next == null) {
        return;
      }
      runSafely(next);
    }
  }

  private Timer nextLiveTimer() {
    Timer next = timers.peek();
    while (next != null && next.cancelled) {
      timers.poll();
      next = timers.peek();
    }
    return next;
  }

  private void runDueTimers() {
    long now = now();
    Timer timer;
    while (!closed && (timer = nextLiveTimer()) != null && timer.dueNanos <= now) {
      timers.poll();
      if (timer.repeatMillis > 0) {
        timer.dueNanos = nextTick(timer, now);
        timer.sequence = timerSequence++;
        timers.add(timer);
      } else {
        timersById.remove(timer.id);
      }
      if (!timer.io && tasks.isEmpty()) {
        runWhenWaiting(); // a timer of the code that came due while this pass ran
      }
      runSafely(timer.callback);
    }
  }

  /**
   * When a repeating timer that fired at {@code now} is due again: one interval after the time it
   * was due, so that a loop that fell behind (a busy machine, a long task) fires the missed ticks
   * in order of their times among the other timers, as workerd's timers run in order of their
   * times; a timer more than {@link #MAX_CATCH_UP_NANOS} behind (the clock was moved ahead, the
   * loop stalled for long) resumes one interval from now instead of firing every missed tick.
   */
  private static long nextTick(Timer timer, long now) {
    long interval = TimeUnit.MILLISECONDS.toNanos(timer.repeatMillis);
    long next = timer.dueNanos + interval;
    return next > now - MAX_CATCH_UP_NANOS ? next : now + interval;
  }

  private void runSafely(Runnable task) {
    if (task == WAKE) {
      return;
    }
    waiting = false;
    ranSinceWait = true;
    runGuarded(task);
  }

  /**
   * Runs the idle handler as the loop's own bookkeeping, which counts as work to the group only
   * when it ran the worker's code; the tasks it queues run as work.
   */
  private void runIdleHandler(BooleanSupplier idle) {
    boolean[] ranWorkerCode = {false};
    runGuarded(() -> ranWorkerCode[0] = idle.getAsBoolean());
    ranSinceWait |= ranWorkerCode[0];
  }

  /**
   * Runs {@code task} under the watchdog, handing what it throws to the failure handler; it does
   * not count as work to the group (see {@link #busy}): the loop's own bookkeeping runs so, for
   * two watching loops would otherwise wake each other in turn through it.
   */
  private void runGuarded(Runnable task) {
    taskStartNanos = System.nanoTime();
    taskSequence++;
    try {
      task.run();
    } catch (Throwable t) {
      if (!closed) {
        Consumer<Throwable> handler = taskFailureHandler;
        if (handler != null) {
          handler.accept(t);
        } else {
          LOG.error("Uncaught error in {}", thread.getName(), t);
        }
      }
    } finally {
      taskSequence++;
    }
  }

  /**
   * Counts the running task as starting now, as a new task for the watchdog; loop thread only.
   * Used to leave set-up work that is ours, not the worker's, out of the CPU limit.
   */
  public void restartTaskClock() {
    assert inLoop();
    taskStartNanos = System.nanoTime();
    taskSequence += 2;
  }

  /**
   * Receives what a task threw instead of the default log line; the owner of the Context uses it
   * to turn an interrupted task into a failed request. Runs on the loop thread.
   *
   * @param handler receives each task failure; replaces the default log line
   */
  public void onTaskFailure(Consumer<Throwable> handler) {
    this.taskFailureHandler = handler;
  }

  /**
   * Sets what runs on the loop thread each time the loop is about to wait with no task queued and
   * no timer set: nothing the worker's code scheduled can run before something from outside (a
   * request, an I/O result) arrives. Must be quick; it may queue tasks.
   *
   * @param handler runs on the loop thread when the loop falls idle, and answers whether it ran
   *     the worker's code (such as ending hung requests), which other loops of the group then see
   *     as work done (see {@link LoopGroup})
   */
  public void onIdle(BooleanSupplier handler) {
    this.idleHandler = handler;
  }

  /**
   * The running task, as {@code sequence} (odd while a task runs) and start time; read by the CPU
   * watchdog from another thread. Returns {@code -1} when idle or when the task changed while
   * reading, else the task's start in {@link System#nanoTime()} units stored in {@code out[0]}
   * with the sequence returned.
   */
  long runningTask(long[] startOut) {
    long before = taskSequence;
    if ((before & 1) == 0) {
      return -1;
    }
    long start = taskStartNanos;
    if (taskSequence != before) {
      return -1;
    }
    startOut[0] = start;
    return before;
  }

  /** Stops the loop after the running task; pending tasks are dropped. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    LoopGroup loops = group;
    if (loops != null) {
      loops.leave(this);
    }
    tasks.add(WAKE);
    if (!inLoop()) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return {@code true} once closed
   */
  public boolean isClosed() {
    return closed;
  }

  /** A request from outside and when it arrived (see {@link #executeFromOutside}). */
  private record OutsideTask(Runnable task, long arrivedNanos) {}

  private static final class Timer implements Comparable<Timer> {
    final int id;
    long dueNanos;
    final long repeatMillis;
    final Runnable callback;
    long sequence;
    boolean cancelled;
    /** An I/O result's delivery (see {@link EventLoop#deliverIo}), not a timer of the worker's code. */
    boolean io;

    Timer(int id, long dueNanos, long repeatMillis, Runnable callback, long sequence) {
      this.id = id;
      this.dueNanos = dueNanos;
      this.repeatMillis = repeatMillis;
      this.callback = callback;
      this.sequence = sequence;
    }

    @Override
    public int compareTo(Timer o) {
      int byTime = Long.compare(dueNanos, o.dueNanos);
      return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
    }
  }
}
