/**
 * The {@code cover-letter} renderer and the {@link io.experiencelake.render.coverletter.CoverLetterDocument}
 * every cover-letter output is laid out from.
 */
@LakeStyle
package io.experiencelake.render.coverletter;

import io.experiencelake.core.LakeStyle;
