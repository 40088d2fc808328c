// The rate limiting binding as Miniflare has it: limit({ key, limit, period }) resolves
// { success }, counted in Java (ratelimit.RateLimiter) on the instance clock. Checks and messages
// recorded from Miniflare.
(function (internals) {
  const hosts = new WeakMap();
  const OPTION_KEYS = ["key", "limit", "period"];
  class Ratelimit {
    async limit(options) {
      const host = hosts.get(this);
      if (host === undefined) throw internals.illegalInvocation();
      if (options === null || typeof options !== "object") throw new Error("invalid rate limit options");
      const unknown = Object.keys(options).filter((name) => !OPTION_KEYS.includes(name));
      if (unknown.length > 0) throw new Error(`bad rate limit options: [${unknown.join(",")}]`);
      const key = options.key === undefined ? "" : options.key;
      const limit = options.limit === undefined ? host.defaultLimit() : options.limit;
      const period = options.period === undefined ? host.defaultPeriod() : options.period;
      if (typeof key !== "string") throw new Error(`invalid key: ${key}`);
      if (typeof limit !== "number") throw new Error(`limit must be a number: ${limit}`);
      if (typeof period !== "number") throw new Error(`period must be a number: ${period}`);
      if (period !== 10 && period !== 60) throw new Error(`unsupported period: ${period}`);
      return { success: host.limitWith(key, limit, period) };
    }
  }
  return (host) => {
    const binding = Object.create(Ratelimit.prototype);
    hosts.set(binding, host);
    return binding;
  };
})
