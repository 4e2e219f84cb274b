/**
 * The proof-discipline checker: whole-lake rules reported as diagnostics, all at once.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.core.check;
