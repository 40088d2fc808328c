package io.github.miniflare4j.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link KeyValueStore} in memory: the default for tests. */
public final class InMemoryKeyValueStore implements KeyValueStore {

  private final ConcurrentSkipListMap<String, StoredValue> entries =
      new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);

  @Override
  public StoredValue get(String key) {
    return entries.get(key);
  }

  @Override
  public void put(String key, StoredValue value) {
    entries.put(key, value);
  }

  @Override
  public boolean delete(String key) {
    return entries.remove(key) != null;
  }

  @Override
  public List<Map.Entry<String, StoredValue>> list(String prefix, String startAfter, int limit) {
    NavigableMap<String, StoredValue> view =
        startAfter == null ? entries : entries.tailMap(startAfter, false);
    if (!prefix.isEmpty() && (startAfter == null || Utf8Order.INSTANCE.compare(startAfter, prefix) < 0)) {
      view = entries.tailMap(prefix, true);
    }
    List<Map.Entry<String, StoredValue>> page = new ArrayList<>();
    for (Map.Entry<String, StoredValue> entry : view.entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        break;
      }
      if (page.size() >= limit) {
        break;
      }
      page.add(Map.entry(entry.getKey(), entry.getValue()));
    }
    return page;
  }

  @Override
  public void clear() {
    entries.clear();
  }

  @Override
  public long size() {
    return entries.size();
  }
}
