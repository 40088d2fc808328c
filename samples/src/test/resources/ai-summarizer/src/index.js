// Summarizes text with Workers AI: POST /summarize {"text": "..."} -> {"summary": "..."}.
const MODEL = "@cf/meta/llama-3.1-8b-instruct";

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/summarize") {
      return new Response("Not found", { status: 404 });
    }
    const { text } = await request.json();
    if (typeof text !== "string" || text.trim() === "") {
      return Response.json({ error: "text is required" }, { status: 400 });
    }
    try {
      const { response } = await env.AI.run(MODEL, {
        messages: [
          { role: "system", content: "Summarize the user's text in one sentence." },
          { role: "user", content: text },
        ],
        max_tokens: 64,
      });
      return Response.json({ summary: response.trim() });
    } catch (error) {
      return Response.json({ error: `the model failed: ${error.message}` }, { status: 502 });
    }
  },
};
