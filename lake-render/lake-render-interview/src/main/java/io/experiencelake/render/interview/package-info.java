/** The {@code interview} renderer: a STAR answer per entry, with likely follow-ups from the alternatives. */
@LakeStyle
package io.experiencelake.render.interview;

import io.experiencelake.core.LakeStyle;
