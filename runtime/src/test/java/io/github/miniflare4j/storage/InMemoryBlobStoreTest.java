package io.github.miniflare4j.storage;

/** {@link BlobStore#inMemory()} against the contract. */
class InMemoryBlobStoreTest extends BlobStoreContract {

  @Override
  BlobStore newStore() {
    return BlobStore.inMemory();
  }
}
