package io.experiencelake.render;

/**
 * The paper a typeset document (PDF) is laid out on.
 *
 * <pre>{@code
 * RenderOptions options = ImmutableRenderOptions.builder().today(today).paper(PaperSize.LETTER).build();
 * }</pre>
 */
public enum PaperSize {

  /** ISO A4, 210 × 297 mm: the default. */
  A4(210, 297),

  /** US Letter, 8.5 × 11 in (215.9 × 279.4 mm). */
  LETTER(215.9, 279.4);

  private final double widthMm;
  private final double heightMm;

  PaperSize(double widthMm, double heightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** The width in millimetres. */
  public double widthMm() {
    return widthMm;
  }

  /** The height in millimetres. */
  public double heightMm() {
    return heightMm;
  }
}
