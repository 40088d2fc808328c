package io.github.miniflare4j.engine;

import io.github.miniflare4j.engine.internal.SequencedLists;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Makes GraalWasm usable on Java 17. GraalWasm 25.0.x is compiled to Java 17 class files but calls
 * {@code List.removeLast()}, which exists from Java 21 on, whenever it parses a constant
 * expression (every data or element segment offset), failing with {@code NoSuchMethodError}.
 *
 * <p>On Java 17 to 20, the shared engine is built with this loader as the thread's context class
 * loader: Truffle then finds its languages through it. It loads the classes of {@code
 * org.graalvm.wasm} itself (child first, from the same jar bytes its parent sees) and rewrites
 * each {@code invokeinterface List.removeLast()} into {@code invokestatic
 * SequencedLists.removeLast(List)} padded with two {@code nop}s, so that no code offset moves.
 * Every other class comes from the parent. On Java 21 and newer nothing is rewritten.
 */
final class WasmLanguageLoader extends ClassLoader {

  private static final String PACKAGE = "org.graalvm.wasm.";
  private static final boolean NEEDED = Runtime.version().feature() < 21;
  /** Kept strongly: Truffle holds its language loader weakly. */
  private static final WasmLanguageLoader INSTANCE =
      NEEDED ? new WasmLanguageLoader(WasmLanguageLoader.class.getClassLoader()) : null;

  static {
    registerAsParallelCapable();
  }

  WasmLanguageLoader(ClassLoader parent) {
    super("miniflare4j-wasm", parent);
  }

  /**
   * Whether GraalWasm is on the class path.
   *
   * @return {@code true} when the {@code wasm} language can be loaded
   */
  static boolean available() {
    return WasmLanguageLoader.class.getClassLoader().getResource("org/graalvm/wasm/WasmLanguage.class") != null;
  }

  /**
   * Runs {@code action} (the creation of the shared engine, where Truffle looks its languages up)
   * with this loader as the context class loader when the Java version needs it.
   */
  static <T> T discoverLanguages(Supplier<T> action) {
    if (INSTANCE == null) {
      return action.get();
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(INSTANCE);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(PACKAGE)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes;
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          if (in == null) {
            throw new ClassNotFoundException(name);
          }
          bytes = ClassPatch.removeLastToStatic(in.readAllBytes());
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
        loaded = defineClass(name, bytes, 0, bytes.length, WasmLanguageLoader.class.getProtectionDomain());
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  /** The class-file rewrite: constant pool appended to, code patched in place. */
  static final class ClassPatch {
    private static final String HELPER = SequencedLists.class.getName().replace('.', '/');

    private ClassPatch() {}

    /** The class with every {@code List.removeLast()} call redirected, or the same bytes when it has none. */
    static byte[] removeLastToStatic(byte[] bytes) {
      try {
        return rewrite(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read class file", e);
      }
    }

    private static byte[] rewrite(byte[] b) throws IOException {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b));
      in.skipBytes(8);
      int count = in.readUnsignedShort();
      int[] tags = new int[count];
      int[] first = new int[count];
      int[] second = new int[count];
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        tags[i] = tag;
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++;
          }
          case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> {
            first[i] = in.readUnsignedShort();
            second[i] = in.readUnsignedShort();
          }
          case 15 -> in.skipBytes(3);
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      int poolEnd = b.length - in.available();
      int target = 0;
      for (int i = 1; i < count; i++) {
        if (tags[i] == 11
            && "java/util/List".equals(utf8[first[first[i]]])
            && "removeLast".equals(utf8[first[second[i]]])
            && "()Ljava/lang/Object;".equals(utf8[second[second[i]]])) {
          target = i;
        }
      }
      if (target == 0) {
        return b;
      }
      ByteArrayOutputStream added = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(added);
      int next = count;
      out.writeByte(1);
      out.writeUTF(HELPER);
      int helperName = next++;
      out.writeByte(7);
      out.writeShort(helperName);
      int helperClass = next++;
      out.writeByte(1);
      out.writeUTF("(Ljava/util/List;)Ljava/lang/Object;");
      int descriptor = next++;
      out.writeByte(12);
      out.writeShort(first[second[target]]);
      out.writeShort(descriptor);
      int nameAndType = next++;
      out.writeByte(10);
      out.writeShort(helperClass);
      out.writeShort(nameAndType);
      int methodRef = next++;
      byte[] pool = added.toByteArray();
      byte[] result = new byte[b.length + pool.length];
      System.arraycopy(b, 0, result, 0, poolEnd);
      System.arraycopy(pool, 0, result, poolEnd, pool.length);
      System.arraycopy(b, poolEnd, result, poolEnd + pool.length, b.length - poolEnd);
      result[8] = (byte) (next >> 8);
      result[9] = (byte) next;
      patchCode(result, poolEnd + pool.length, utf8, target, methodRef);
      return result;
    }

    /** Walks fields and methods from {@code at}; rewrites the calls inside every Code attribute. */
    private static void patchCode(byte[] b, int at, String[] utf8, int target, int methodRef) {
      int p = at + 6;
      p += 2 + 2 * u2(b, p);
      for (int group = 0; group < 2; group++) {
        int members = u2(b, p);
        p += 2;
        for (int m = 0; m < members; m++) {
          p += 6;
          int attributes = u2(b, p);
          p += 2;
          for (int a = 0; a < attributes; a++) {
            int name = u2(b, p);
            int length = (int) (((long) u2(b, p + 2) << 16) | u2(b, p + 4));
            if (group == 1 && "Code".equals(utf8[name])) {
              int codeLength = (int) (((long) u2(b, p + 10) << 16) | u2(b, p + 12));
              patchInstructions(b, p + 14, codeLength, target, methodRef);
            }
            p += 6 + length;
          }
        }
      }
    }

    private static void patchInstructions(byte[] b, int start, int length, int target, int methodRef) {
      int pc = 0;
      while (pc < length) {
        int at = start + pc;
        int op = b[at] & 0xff;
        if (op == 0xb9 && u2(b, at + 1) == target) {
          b[at] = (byte) 0xb8; // invokestatic
          b[at + 1] = (byte) (methodRef >> 8);
          b[at + 2] = (byte) methodRef;
          b[at + 3] = 0; // nop
          b[at + 4] = 0; // nop
        }
        pc += instructionLength(b, start, pc);
      }
    }

    /** The length of the instruction at {@code pc}, per the JVM specification's opcode table. */
    private static int instructionLength(byte[] b, int start, int pc) {
      int op = b[start + pc] & 0xff;
      switch (op) {
        case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc:
          return 2;
        case 0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1,
            0xc6, 0xc7:
          return 3;
        case 0xc5:
          return 4;
        case 0xb9, 0xba, 0xc8, 0xc9:
          return 5;
        case 0xc4: // wide
          return (b[start + pc + 1] & 0xff) == 0x84 ? 6 : 4;
        case 0xaa: { // tableswitch
          int p = (pc + 4) & ~3;
          int low = s4(b, start + p + 4);
          int high = s4(b, start + p + 8);
          return p + 12 + 4 * (high - low + 1) - pc;
        }
        case 0xab: { // lookupswitch
          int p = (pc + 4) & ~3;
          return p + 8 + 8 * s4(b, start + p + 4) - pc;
        }
        default:
          if (op >= 0x99 && op <= 0xa8) {
            return 3; // conditional branches, goto, jsr
          }
          return 1;
      }
    }

    private static int u2(byte[] b, int p) {
      return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
    }

    private static int s4(byte[] b, int p) {
      return (u2(b, p) << 16) | u2(b, p + 2);
    }
  }
}
