/** The workflows' storage (one SQLite database per workflow), clock alarms and test-time modifiers. */
package io.github.miniflare4j.workflows.internal;
