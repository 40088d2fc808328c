// Entry module: imports its helpers from files beside it, as a bundled worker would.
import { route } from "./router.js";
import { greet } from "./lib/greeting.js";
import * as strings from "./lib/strings.js";

export default {
  async fetch(request) {
    return route(request, {
      "/hello": (url) => new Response(greet(url.searchParams.get("name") ?? "world")),
      "/shout": (url) => new Response(strings.shout(url.searchParams.get("text") ?? "")),
    });
  },
};
