addEventListener("fetch", (event) => event.respondWith(increment()));
async function increment() {
  const count = Number((await NUMBERS.get("count")) ?? "0") + 1;
  await NUMBERS.put("count", String(count));
  return new Response(String(count));
}
