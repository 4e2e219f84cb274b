/**
 * Type-checked HTML templates (jte, escaped by context) and the small view records they take,
 * shared by the portfolio site and the typeset PDF documents.
 */
@LakeStyle
package io.experiencelake.render.html;

import io.experiencelake.core.LakeStyle;
