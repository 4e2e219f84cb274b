/**
 * A staged fluent DSL for writing a lake in Java, so the compiler stops an entry whose parts are missing, out of order or dishonest.
 */
package io.experiencelake.dsl;
