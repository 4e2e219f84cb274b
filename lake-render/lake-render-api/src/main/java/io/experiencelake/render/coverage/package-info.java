/**
 * Renders a role's {@link io.experiencelake.core.analysis.Coverage} for people: a Markdown report
 * and an SVG heatmap; lake-core measures coverage and renders nothing.
 */
@LakeStyle
package io.experiencelake.render.coverage;

import io.experiencelake.core.LakeStyle;
