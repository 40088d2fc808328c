// A SQLite-backed Durable Object: reminders kept in a SQL table, delivered by an alarm.
// POST /remind?text=...&inMinutes=N schedules one; GET / lists them with their state.
import { DurableObject } from "cloudflare:workers";

export class Reminders extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => {
      this.ctx.storage.sql.exec(
        "CREATE TABLE IF NOT EXISTS reminder(id INTEGER PRIMARY KEY, text TEXT, due INTEGER, sent INTEGER DEFAULT 0)");
    });
  }

  async fetch(request) {
    const url = new URL(request.url);
    const sql = this.ctx.storage.sql;
    if (request.method === "POST") {
      const due = Date.now() + Number(url.searchParams.get("inMinutes")) * 60_000;
      sql.exec("INSERT INTO reminder(text, due) VALUES (?, ?)", url.searchParams.get("text"), due);
      await this.scheduleNext();
      return new Response("scheduled", { status: 201 });
    }
    return Response.json(sql.exec("SELECT text, sent FROM reminder ORDER BY due").toArray());
  }

  async alarm() {
    this.ctx.storage.sql.exec("UPDATE reminder SET sent = 1 WHERE sent = 0 AND due <= ?", Date.now());
    await this.scheduleNext();
  }

  async scheduleNext() {
    const next = this.ctx.storage.sql.exec("SELECT min(due) AS due FROM reminder WHERE sent = 0").one().due;
    if (next === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(next);
  }
}

export default {
  async fetch(request, env) {
    return env.REMINDERS.getByName("me").fetch(request);
  },
};
