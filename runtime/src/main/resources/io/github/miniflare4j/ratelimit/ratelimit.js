// The rate limiting binding as workerd has it: limit({ key }) resolves { success }, counted in
// Java (ratelimit.RateLimiter) on the instance clock. Messages recorded from Miniflare.
(function (internals) {
  const hosts = new WeakMap();
  class RateLimit {
    async limit(options) {
      const host = hosts.get(this);
      if (host === undefined) throw internals.illegalInvocation();
      if (options === null || typeof options !== "object") throw new Error("invalid rate limit options");
      const key = options.key === undefined ? "" : options.key;
      if (typeof key !== "string") throw new Error(`invalid key: ${key}`);
      return { success: host.limit(key) };
    }
  }
  return (host) => {
    const binding = Object.create(RateLimit.prototype);
    hosts.set(binding, host);
    return binding;
  };
})
