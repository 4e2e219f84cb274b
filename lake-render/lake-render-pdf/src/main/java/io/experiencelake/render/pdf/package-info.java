/**
 * The {@code pdf} renderer: the CV and the cover letter typeset to tagged (PDF/UA), reproducible
 * PDF from the shared templates, with Liberation fonts embedded from a Maven artifact.
 */
@LakeStyle
package io.experiencelake.render.pdf;

import io.experiencelake.core.LakeStyle;
