/**
 * The {@code docx} renderer: the CV and the cover letter as Word documents in Word's own styles
 * (Title, Heading 1 and 2, List Bullet), reproducible byte for byte.
 */
@LakeStyle
package io.experiencelake.render.docx;

import io.experiencelake.core.LakeStyle;
