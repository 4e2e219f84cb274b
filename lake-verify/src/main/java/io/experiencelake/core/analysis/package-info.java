/**
 * Analysis of a lake against a role: capability coverage, its gaps, and its Markdown and SVG views.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.core.analysis;
