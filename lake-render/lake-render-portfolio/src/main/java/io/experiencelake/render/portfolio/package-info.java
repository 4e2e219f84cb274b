/** The {@code portfolio} renderer: a static, offline HTML site of the lake, plus a Markdown summary. */
@LakeStyle
package io.experiencelake.render.portfolio;

import io.experiencelake.core.LakeStyle;
