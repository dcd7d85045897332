package fr.parcours.app.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * JTE templates ({@code src/main/jte}), precompiled to Java classes by the jte-maven-plugin at build
 * time: no template compiler at run time, and the shaded jar carries them like any class.
 * HTML output with context-aware escaping of every {@code ${…}}.
 */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  public static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput(16_384);
    ENGINE.render(template, params, out);
    return out.toString();
  }
}
