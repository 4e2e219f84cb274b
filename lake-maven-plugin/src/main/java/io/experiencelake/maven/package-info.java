/**
 * The Maven plugin: goals {@code lake:validate}, {@code lake:verify} and {@code lake:render} check, verify and render a lake in any build.
 */
package io.experiencelake.maven;
