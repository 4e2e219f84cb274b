package io.experiencelake.cli;

import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PaperSize;
import io.experiencelake.render.PlainText;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** How the CV and the cover letter are laid out: {@code --paper}, {@code --bullets}, {@code --pages} and {@code --contact} of {@code lake render}. */
final class DocumentOptions {

  @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", converter = PaperConverter.class,
      description = "The paper the PDF and DOCX documents are set on: a4 or letter. Default: ${DEFAULT-VALUE}.")
  PaperSize paper;

  @Option(names = "--bullets", paramLabel = "N", defaultValue = "5",
      description = "The most bullets under one engagement in the CV; the strongest are kept. Default: ${DEFAULT-VALUE}.")
  int bullets;

  @Option(names = "--pages", paramLabel = "N", defaultValue = "2",
      description = "The most pages of the CV; it shows fewer bullets per engagement until it fits. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(names = "--contact", paramLabel = "NAME",
      description = "The person the cover letter is addressed to (Dear NAME,). Default: the hiring manager.")
  String contact;

  /**
   * Sets these options on {@code options}.
   *
   * @throws ParameterException for {@code spec}'s command line when a budget is under 1 or the contact names nobody
   */
  void applyTo(ImmutableRenderOptions.BuildFinal options, CommandSpec spec) {
    if (bullets < 1) {
      throw new ParameterException(spec.commandLine(), "--bullets " + bullets + ": show at least 1 bullet per engagement");
    }
    if (pages < 1) {
      throw new ParameterException(spec.commandLine(), "--pages " + pages + ": the CV needs at least 1 page");
    }
    if (contact != null && PlainText.oneLine(contact).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--contact names nobody; leave it out to write to the hiring manager");
    }
    options.paper(paper).bulletsPerEngagement(bullets).pages(pages).contact(Optional.ofNullable(contact));
  }

  /** {@code a4} or {@code letter}, in any case. */
  static final class PaperConverter implements ITypeConverter<PaperSize> {
    @Override
    public PaperSize convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "a4":
          return PaperSize.A4;
        case "letter":
          return PaperSize.LETTER;
        default:
          throw new TypeConversionException("'" + value + "' is not a paper size; use a4 or letter");
      }
    }
  }
}
