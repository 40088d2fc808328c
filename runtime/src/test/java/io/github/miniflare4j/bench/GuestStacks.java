package io.github.miniflare4j.bench;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Reads another thread's JavaScript stack while it runs, for the sampling profilers of this
 * package: the frames GraalJS keeps in the interpreter-only Truffle runtime's thread-local stack,
 * reached by reflection (a test tool, tied to the GraalJS version the project builds against).
 */
final class GuestStacks {

  private static final int MAX_FRAMES = 200;

  private final ThreadLocal<?> guestStacks;
  private final Field threadLocals;
  private final Method getEntry;
  private final Field entryValue;
  private final Field frameTarget;
  private final Field frameCaller;

  GuestStacks() throws ReflectiveOperationException {
    Object runtime = Truffle.getRuntime();
    Field stacksField = runtime.getClass().getDeclaredField("stackTraces");
    stacksField.setAccessible(true);
    guestStacks = (ThreadLocal<?>) stacksField.get(runtime);
    threadLocals = Thread.class.getDeclaredField("threadLocals");
    threadLocals.setAccessible(true);
    getEntry = Class.forName("java.lang.ThreadLocal$ThreadLocalMap").getDeclaredMethod("getEntry", ThreadLocal.class);
    getEntry.setAccessible(true);
    entryValue = Class.forName("java.lang.ThreadLocal$ThreadLocalMap$Entry").getDeclaredField("value");
    entryValue.setAccessible(true);
    Class<?> frame = Class.forName("com.oracle.truffle.api.impl.DefaultTruffleRuntime$DefaultFrameInstance");
    frameTarget = frame.getDeclaredField("target");
    frameTarget.setAccessible(true);
    frameCaller = frame.getDeclaredField("callerFrame");
    frameCaller.setAccessible(true);
  }

  /**
   * The thread's JavaScript frames, innermost first, each as {@code function (file:line)}.
   *
   * @return the frames (empty outside JavaScript), or {@code null} when the thread moved on while
   *     being read
   */
  List<String> frames(Thread thread) {
    List<String> frames = new ArrayList<>();
    try {
      Object map = threadLocals.get(thread);
      Object entry = map == null ? null : getEntry.invoke(map, guestStacks);
      for (Object frame = entry == null ? null : entryValue.get(entry); frame != null && frames.size() < MAX_FRAMES;
          frame = frameCaller.get(frame)) {
        CallTarget target = (CallTarget) frameTarget.get(frame);
        frames.add(target instanceof RootCallTarget ? describe(((RootCallTarget) target).getRootNode()) : String.valueOf(target));
      }
    } catch (ReflectiveOperationException | RuntimeException racing) {
      return null;
    }
    return frames;
  }

  /**
   * Starts the daemon thread "js-profile-sampler", which runs {@code sampleOnce} every {@code
   * periodMicros} while {@code running} says so.
   *
   * @return the started thread, to join once {@code running} turned false
   */
  static Thread startSampler(long periodMicros, BooleanSupplier running, Runnable sampleOnce) {
    Thread sampler = new Thread(() -> {
      while (running.getAsBoolean()) {
        sampleOnce.run();
        LockSupport.parkNanos(periodMicros * 1000);
      }
    }, "js-profile-sampler");
    sampler.setDaemon(true);
    sampler.start();
    return sampler;
  }

  private static String describe(RootNode root) {
    SourceSection section = root.getSourceSection();
    String source = section == null || section.getSource() == null ? "" : section.getSource().getName();
    return root.getName() + " (" + source.substring(source.lastIndexOf('/') + 1)
        + (section != null && section.isAvailable() ? ":" + section.getStartLine() : "") + ")";
  }
}
