/** The {@code cv} renderer: a Markdown and a plain-text CV, by engagement in reverse chronology. */
@LakeStyle
package io.experiencelake.render.cv;

import io.experiencelake.core.LakeStyle;
