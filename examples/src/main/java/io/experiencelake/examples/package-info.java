/**
 * The seed's experience lake written in the DSL, with its evidence files, and a runnable example.
 */
package io.experiencelake.examples;
