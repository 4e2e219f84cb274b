/** The {@code linkedin} renderer: headline, About and experience texts within LinkedIn's length limits. */
@LakeStyle
package io.experiencelake.render.linkedin;

import io.experiencelake.core.LakeStyle;
