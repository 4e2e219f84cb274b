/** The {@code jsonresume} renderer: a {@code resume.json} valid against the official JSON Resume schema. */
@LakeStyle
package io.experiencelake.render.jsonresume;

import io.experiencelake.core.LakeStyle;
