/**
 * The binding kinds miniflare4j does not emulate: their options load, and each binding throws a
 * clear {@code Error} naming its kind and name when the worker uses it.
 */
package io.github.miniflare4j.unemulated;
