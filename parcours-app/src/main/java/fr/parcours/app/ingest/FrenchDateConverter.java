package fr.parcours.app.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;

/** Reads a date given on the command line as jj/mm/aaaa (or ISO aaaa-mm-jj). */
public final class FrenchDateConverter implements CommandLine.ITypeConverter<LocalDate> {
  private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    try {
      return value.contains("/") ? LocalDate.parse(value, FR) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("date invalide « " + value + " » : écrivez-la jj/mm/aaaa, par exemple 31/12/2025");
    }
  }
}
