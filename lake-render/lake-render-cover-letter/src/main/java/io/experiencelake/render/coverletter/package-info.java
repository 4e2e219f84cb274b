/** The {@code cover-letter} renderer: a Markdown letter for a role profile, strongest matching entries first. */
@LakeStyle
package io.experiencelake.render.coverletter;

import io.experiencelake.core.LakeStyle;
