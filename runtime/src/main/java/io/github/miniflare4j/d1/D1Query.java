package io.github.miniflare4j.d1;

import java.util.List;

/**
 * One query of a D1 request: SQL text (one or more statements) and the values bound to the last
 * statement's parameters.
 *
 * @param sql the SQL text
 * @param params the bound values: {@code null}, {@link Double} (every JavaScript number), {@link
 *     Long}, {@link String} or {@code byte[]}
 */
record D1Query(String sql, List<Object> params) {}
