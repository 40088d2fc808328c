// D1: the binding's JavaScript as workerd has it (its D1Database, D1DatabaseSession and
// D1PreparedStatement classes, their prototypes, own fields, argument handling, result shapes and
// messages), with Miniflare's database behind it: where workerd fetches from Miniflare's D1
// Durable Object, this calls Java (d1/D1DatabaseHost), which answers with Miniflare's JSON.
(function (internals) {
  const FIRST_PRIMARY = "first-primary";
  const FIRST_UNCONSTRAINED = "first-unconstrained";
  const hosts = new WeakMap();

  /** What workerd keeps as the binding's fetcher; the Java host stays out of reach of scripts. */
  class Fetcher {}

  function d1Error(prefix, message) {
    return new Error(`${prefix}: ${message}`, { cause: new Error(message) });
  }

  /** V8's TypeError for reading a property of null or undefined (workerd's code reads it unchecked). */
  function readError(value, property) {
    return new TypeError(`Cannot read properties of ${value} (reading '${property}')`);
  }

  class D1Database {
    constructor(fetcher) {
      this.alwaysPrimarySession = undefined;
      this.fetcher = fetcher;
      this.alwaysPrimarySession = new D1DatabaseSessionAlwaysPrimary(fetcher);
    }

    prepare(query) {
      return new D1PreparedStatement(this.alwaysPrimarySession, query);
    }

    async batch(statements) {
      return this.alwaysPrimarySession.batch(statements);
    }

    async exec(query) {
      return this.alwaysPrimarySession.exec(query);
    }

    withSession(constraintOrBookmark) {
      // V8's wording of the TypeError of a non-string argument (GraalJS says "(intermediate value)")
      if (constraintOrBookmark != null && typeof constraintOrBookmark.trim !== "function") {
        throw new TypeError("constraintOrBookmark?.trim is not a function");
      }
      constraintOrBookmark = constraintOrBookmark?.trim();
      if (constraintOrBookmark == null || constraintOrBookmark === "") constraintOrBookmark = FIRST_UNCONSTRAINED;
      return new D1DatabaseSession(this.fetcher, constraintOrBookmark);
    }

    async dump() {
      return this.alwaysPrimarySession.dump();
    }
  }

  class D1DatabaseSession {
    constructor(fetcher, bookmarkOrConstraint) {
      this.fetcher = fetcher;
      this.bookmarkOrConstraint = bookmarkOrConstraint;
      if (!this.bookmarkOrConstraint) throw new Error("D1_SESSION_ERROR: invalid bookmark or constraint");
    }

    /** Keeps the most recent bookmark seen; returns the bookmark after the update. */
    _updateBookmark(newBookmark) {
      newBookmark = newBookmark.trim();
      if (!newBookmark) return this.getBookmark();
      const current = this.getBookmark();
      if (current === null || current.localeCompare(newBookmark) < 0) this.bookmarkOrConstraint = newBookmark;
      return this.getBookmark();
    }

    prepare(sql) {
      return new D1PreparedStatement(this, sql);
    }

    async batch(statements) {
      if (statements == null) throw readError(statements, "map");
      const exec = sendOrThrow(this, statements.map((s) => {
        if (s == null) throw readError(s, "statement");
        return s.statement;
      }), statements.map((s) => s.params), "ROWS_AND_COLUMNS");
      return exec.map(toArrayOfObjects);
    }

    getBookmark() {
      switch (this.bookmarkOrConstraint) {
        case FIRST_UNCONSTRAINED:
        case FIRST_PRIMARY:
          return null;
        default:
          return this.bookmarkOrConstraint;
      }
    }

    /** Miniflare's D1 endpoint: the answer, and the session's bookmark updated from it. */
    async _wrappedFetch(endpoint, body, resultsFormat) {
      return wrappedFetch(this, body, resultsFormat);
    }

    async _sendOrThrow(endpoint, query, params, resultsFormat) {
      return sendOrThrow(this, query, params, resultsFormat);
    }

    async _send(endpoint, query, params, resultsFormat) {
      return send(this, query, params, resultsFormat);
    }
  }

  // What the session methods above do, without a promise per step: the database answers at once.

  function wrappedFetch(session, body, resultsFormat) {
    const reply = JSON.parse(hosts.get(session.fetcher).request(body, resultsFormat));
    if (reply.bookmark) session._updateBookmark(reply.bookmark);
    else if (reply.thrown !== undefined) throw new Error(reply.thrown); // the database threw (d1/D1Failure)
    return reply.answer;
  }

  function sendOrThrow(session, query, params, resultsFormat) {
    const results = send(session, query, params, resultsFormat);
    const first = firstIfArray(results);
    if (!first.success) throw d1Error("D1_ERROR", first.error);
    return results;
  }

  function send(session, query, params, resultsFormat) {
    const body = JSON.stringify(Array.isArray(query)
      ? query.map((s, index) => ({ sql: s, params: params[index] }))
      : { sql: query, params });
    const answer = wrappedFetch(session, body, resultsFormat);
    return Array.isArray(answer) ? answer.map(mapD1Result) : mapD1Result(answer);
  }

  /**
   * One query of a prepared statement through the typed host call (see d1/D1TypedQuery): its
   * answer, an array of [columns, values row after row, ...meta] read by the helpers below; a
   * failure throws D1's error. Null when the typed call declined (a value that only the JSON
   * request judges as Miniflare does, or an empty error message, which reads as a success there):
   * the caller then takes that request (mappedQuery); nothing was changed.
   */
  function typedQuery(session, statement, params) {
    if (typeof statement !== "string" || !Array.isArray(params)) return null;
    const sent = typedParams(params);
    if (sent === null) return null;
    const host = hosts.get(session.fetcher);
    const answer = host.query(statement, sent);
    if (typeof answer === "string") {
      if (answer) throw answer.charCodeAt(0) === 0 ? new Error(answer.slice(1)) : d1Error("D1_ERROR", answer);
      return null;
    }
    if (answer !== null && !(session instanceof D1DatabaseSessionAlwaysPrimary)) session._updateBookmark(host.bookmark());
    return answer;
  }

  /**
   * The values the typed query sends: the statement's, each list (a blob's bytes) as the
   * ArrayBuffer of a Float64Array of its numbers, read when the query runs as JSON.stringify would
   * (Java takes the low byte of each; one bulk copy rather than a crossing per byte); null when a
   * value is another object, or a list holds a BigInt (the JSON request judges them).
   * Deviation: a list changed after bind() to hold non-numbers is read as Number() reads them.
   */
  function typedParams(params) {
    let sent = params;
    for (let i = 0; i < params.length; i++) {
      const value = params[i];
      if (typeof value !== "object" || value === null) continue;
      if (!Array.isArray(value)) return null;
      const numbers = new Float64Array(value.length);
      try {
        numbers.set(value);
      } catch {
        return null;
      }
      if (sent === params) {
        sent = new Array(params.length);
        for (let j = 0; j < params.length; j++) sent[j] = params[j];
      }
      sent[i] = numbers.buffer;
    }
    return sent;
  }

  /** One query through Miniflare's JSON request: the mapped result, its rows as columns and rows. */
  function mappedQuery(session, statement, params) {
    return firstIfArray(sendOrThrow(session, statement, params, "ROWS_AND_COLUMNS"));
  }

  /** The columns of a typed answer, as a JavaScript array. */
  function columnsOf(answer) {
    const names = answer[0];
    const columns = new Array(names.length);
    for (let i = 0; i < columns.length; i++) columns[i] = names[i];
    return columns;
  }

  /** Row {@code index} of a typed answer as an array (blobs as arrays of bytes). */
  function rowArray(values, width, index) {
    const row = new Array(width);
    for (let i = 0, at = index * width; i < width; i++, at++) row[i] = jsValue(values[at]);
    return row;
  }

  /** A value of a typed answer in JavaScript: a blob (a Java ByteBuffer) as an array of bytes. */
  function jsValue(value) {
    if (value === null || typeof value !== "object") return value;
    return arrayOf(new Uint8Array(new Uint8Array(value)));
  }

  /** Row {@code index} of a typed answer as an object, as Object.fromEntries builds it. */
  function rowObject(columns, values, index) {
    const row = {};
    const width = columns.length;
    for (let i = 0, at = index * width; i < width; i++, at++) {
      const name = columns[i];
      if (name === "__proto__") {
        Object.defineProperty(row, name, { value: jsValue(values[at]), writable: true, enumerable: true, configurable: true });
      } else {
        row[name] = jsValue(values[at]);
      }
    }
    return row;
  }

  /** Every row of a typed answer, as objects. */
  function rowObjects(answer) {
    const columns = columnsOf(answer);
    const values = answer[1];
    const count = columns.length === 0 ? 0 : values.length / columns.length;
    const rows = new Array(count);
    for (let r = 0; r < count; r++) rows[r] = rowObject(columns, values, r);
    return rows;
  }

  /** Miniflare's meta object of a typed answer. */
  function metaOf(answer) {
    return {
      served_by: answer[2], duration: answer[3], changes: answer[4], last_row_id: answer[5],
      changed_db: answer[6], size_after: answer[7], rows_read: answer[8], rows_written: answer[9],
    };
  }

  /** What all() and run() give: success, meta and the rows as objects. */
  function resultOf(answer) {
    return { success: true, meta: metaOf(answer), results: rowObjects(answer) };
  }

  class D1DatabaseSessionAlwaysPrimary extends D1DatabaseSession {
    constructor(fetcher) {
      super(fetcher, FIRST_PRIMARY);
    }

    _updateBookmark(_newBookmark) {
      return null;
    }

    getBookmark() {
      return null;
    }

    /** One query per line of the trimmed text; an error names the first line, as workerd's does. */
    async exec(query) {
      if (query == null) throw readError(query, "trim");
      const lines = query.trim().split("\n");
      const _exec = send(this, lines, [], "NONE");
      const exec = Array.isArray(_exec) ? _exec : [_exec];
      let duration = 0;
      for (let i = 0; i < exec.length; i++) {
        const res = exec[i];
        if (!res?.success) {
          throw d1Error("D1_EXEC_ERROR", `Error in line ${i + 1}: ${lines[i]}${res?.error ? `: ${res.error}` : ""}`);
        }
        duration += res.meta.duration;
      }
      return { count: exec.length, duration };
    }

    /** Only the deprecated alpha databases could dump; Miniflare answers 404. */
    async dump() {
      throw new Error("D1_DUMP_ERROR: Status + 404", { cause: new Error("Status 404") });
    }
  }

  class D1PreparedStatement {
    constructor(dbSession, statement, values) {
      this.dbSession = dbSession;
      this.statement = statement;
      this.params = values || [];
    }

    bind(...values) {
      const transformed = new Array(values.length);
      for (let i = 0; i < values.length; i++) transformed[i] = bindable(values[i]);
      return new D1PreparedStatement(this.dbSession, this.statement, transformed);
    }

    async first(colName) {
      const answer = typedQuery(this.dbSession, this.statement, this.params);
      let firstResult;
      if (answer !== null) {
        const columns = columnsOf(answer);
        if (columns.length === 0 || answer[1].length === 0) return null;
        firstResult = rowObject(columns, answer[1], 0);
      } else {
        const results = toArrayOfObjects(mappedQuery(this.dbSession, this.statement, this.params)).results;
        if (results.length === 0) return null;
        firstResult = results.at(0);
      }
      if (colName !== undefined) {
        if (firstResult?.[colName] === undefined) {
          throw new Error(`D1_COLUMN_NOTFOUND: Column not found (${colName})`, { cause: new Error("Column not found") });
        }
        return firstResult[colName];
      }
      return firstResult;
    }

    async run() {
      const answer = typedQuery(this.dbSession, this.statement, this.params);
      return answer !== null ? resultOf(answer) : toArrayOfObjects(mappedQuery(this.dbSession, this.statement, this.params));
    }

    async all() {
      const answer = typedQuery(this.dbSession, this.statement, this.params);
      return answer !== null ? resultOf(answer) : toArrayOfObjects(mappedQuery(this.dbSession, this.statement, this.params));
    }

    async raw(options) {
      const answer = typedQuery(this.dbSession, this.statement, this.params);
      if (answer !== null) {
        const columns = columnsOf(answer);
        const values = answer[1];
        const count = columns.length === 0 ? 0 : values.length / columns.length;
        const raw = options?.columnNames ? [columns] : [];
        for (let r = 0; r < count; r++) raw.push(rowArray(values, columns.length, r));
        return raw;
      }
      const s = mappedQuery(this.dbSession, this.statement, this.params);
      if (!("results" in s)) return [];
      if (Array.isArray(s.results)) {
        const raw = [];
        for (const row of s.results) {
          if (options?.columnNames && raw.length === 0) raw.push(Array.from(Object.keys(row)));
          raw.push(Object.keys(row).map((k) => row[k]));
        }
        return raw;
      }
      return [...(options?.columnNames ? [s.results.columns] : []), ...s.results.rows];
    }
  }

  /** A value bind() accepts, as the JSON request carries it; D1_TYPE_ERROR for others. */
  function bindable(r) {
    const rType = typeof r;
    if (rType === "number" || rType === "string") return r;
    if (rType === "boolean") return r ? 1 : 0;
    if (rType === "object") {
      if (r == null) return r;
      if (Array.isArray(r) && r.every((b) => typeof b == "number" && b >= 0 && b < 256)) return r;
      if (r instanceof ArrayBuffer) return arrayOf(new Uint8Array(r));
      if (ArrayBuffer.isView(r)) return arrayOf(r);
    }
    throw d1Error("D1_TYPE_ERROR", `Type '${rType}' not supported for value '${r}'`);
  }

  /**
   * The elements of a typed array (none of a DataView) as an array, what Array.from makes of it,
   * several times faster (no iterator).
   */
  function arrayOf(bytes) {
    return Array.prototype.slice.call(bytes);
  }

  function firstIfArray(results) {
    return Array.isArray(results) ? results.at(0) : results;
  }

  function toArrayOfObjects(response) {
    if (!("results" in response)) return { ...response, results: [] };
    const results = response.results;
    if (Array.isArray(results)) return { ...response, results };
    const { rows, columns } = results;
    return { ...response, results: rows.map((row) => Object.fromEntries(row.map((cell, i) => [columns[i], cell]))) };
  }

  function mapD1Result(result) {
    return result.error
      ? { success: false, error: result.error }
      : { success: true, meta: result.meta, ...("results" in result ? { results: result.results } : {}) };
  }

  return (host) => {
    const fetcher = new Fetcher();
    hosts.set(fetcher, host);
    return new D1Database(fetcher);
  };
})
