package io.github.miniflare4j.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undo log under the stores of one instance: while at least one {@link StorageCheckpoint} is
 * open, every write through a store {@linkplain #wrap(KeyValueStore) wrapped} by this journal
 * records the entry it replaced, so that {@link StorageCheckpoint#restore()} can put it back.
 * With no checkpoint open, writes record nothing. Thread-safe: a write and its undo record
 * happen atomically with respect to other writes and to a restore.
 */
public final class StorageJournal {

  private record Undo(KeyValueStore store, String key, StoredValue previous) {}

  private final List<Undo> undo = new ArrayList<>();
  private final List<Mark> marks = new ArrayList<>();

  /** A view of {@code store} whose writes this journal records. */
  public KeyValueStore wrap(KeyValueStore store) {
    return new Journaled(store);
  }

  /** Opens a checkpoint at the current state. */
  public synchronized StorageCheckpoint checkpoint() {
    Mark mark = new Mark(undo.size());
    marks.add(mark);
    return mark;
  }

  /** The number of undo records held (for tests and benchmarks). */
  public synchronized int size() {
    return undo.size();
  }

  private synchronized void record(KeyValueStore store, String key) {
    if (!marks.isEmpty()) {
      undo.add(new Undo(store, key, store.get(key)));
    }
  }

  private synchronized void restore(Mark mark) {
    int index = marks.indexOf(mark);
    if (index < 0) {
      throw new IllegalStateException(
          "This storage checkpoint was closed, or invalidated by restoring an earlier one");
    }
    for (int i = undo.size() - 1; i >= mark.position; i--) {
      Undo u = undo.remove(i);
      if (u.previous == null) {
        u.store.delete(u.key);
      } else {
        u.store.put(u.key, u.previous);
      }
    }
    marks.subList(index + 1, marks.size()).clear();
  }

  private synchronized void close(Mark mark) {
    int index = marks.indexOf(mark);
    if (index < 0) {
      return;
    }
    marks.subList(index, marks.size()).clear();
    if (marks.isEmpty()) {
      undo.clear();
    }
  }

  private final class Mark implements StorageCheckpoint {
    private final int position;

    Mark(int position) {
      this.position = position;
    }

    @Override
    public void restore() {
      StorageJournal.this.restore(this);
    }

    @Override
    public void close() {
      StorageJournal.this.close(this);
    }
  }

  /** A store whose writes are recorded; reads go straight through. */
  private final class Journaled implements KeyValueStore {
    private final KeyValueStore delegate;

    Journaled(KeyValueStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public StoredValue get(String key) {
      return delegate.get(key);
    }

    @Override
    public void put(String key, StoredValue value) {
      synchronized (StorageJournal.this) {
        record(delegate, key);
        delegate.put(key, value);
      }
    }

    @Override
    public boolean delete(String key) {
      synchronized (StorageJournal.this) {
        record(delegate, key);
        return delegate.delete(key);
      }
    }

    @Override
    public List<Map.Entry<String, StoredValue>> list(String prefix, String startAfter, int limit) {
      return delegate.list(prefix, startAfter, limit);
    }

    @Override
    public void clear() {
      synchronized (StorageJournal.this) {
        if (!marks.isEmpty()) {
          String after = null;
          List<Map.Entry<String, StoredValue>> page;
          do {
            page = delegate.list("", after, 1000);
            for (Map.Entry<String, StoredValue> entry : page) {
              undo.add(new Undo(delegate, entry.getKey(), entry.getValue()));
              after = entry.getKey();
            }
          } while (page.size() == 1000);
        }
        delegate.clear();
      }
    }

    @Override
    public long size() {
      return delegate.size();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
