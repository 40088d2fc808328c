/**
 * The unsafe-eval binding (Miniflare's {@code unsafeEvalBinding}): an {@code UnsafeEval} object
 * under {@code env} that compiles code from strings ({@code eval}, {@code newFunction}, {@code
 * newAsyncFunction}, {@code newWasmModule}) where the global {@code eval} and {@code Function}
 * stay refused, as in workerd.
 */
package io.github.miniflare4j.unsafeeval;
