/**
 * Evidence verification: every anchor of a lake checked against the real files under an evidence root, safely and in parallel.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.core.verify;
