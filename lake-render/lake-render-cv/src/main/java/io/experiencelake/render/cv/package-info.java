/**
 * The {@code cv} renderer and the {@link io.experiencelake.render.cv.CvDocument} every CV output
 * is laid out from: a Markdown and a plain-text CV, by engagement in reverse chronology.
 */
@LakeStyle
package io.experiencelake.render.cv;

import io.experiencelake.core.LakeStyle;
