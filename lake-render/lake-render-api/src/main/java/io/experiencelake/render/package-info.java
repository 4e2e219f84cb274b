/**
 * Renders a lake to outputs through the {@link io.experiencelake.render.Renderer} SPI, and writes
 * them atomically with a manifest of what was sent.
 */
@LakeStyle
package io.experiencelake.render;

import io.experiencelake.core.LakeStyle;
