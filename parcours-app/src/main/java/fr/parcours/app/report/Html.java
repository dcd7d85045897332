package fr.parcours.app.report;

import java.util.Locale;

/** Small helpers to write self-contained French HTML pages. */
public final class Html {
  private Html() {}

  public static String esc(Object o) {
    String s = String.valueOf(o);
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  public static String n(long v) {
    return String.format(Locale.FRANCE, "%,d", v).replace('\u202f', '\u00a0');
  }

  public static String pct(double v) {
    return String.format(Locale.FRANCE, "%.1f\u00a0%%", 100 * v);
  }

  public static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1e1e1e;line-height:1.45}
      h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #000091;padding-bottom:.2rem}
      .sub{color:#555;margin-top:0}
      .kpis{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
      .kpi{border:1px solid #ccc;border-radius:6px;padding:.7rem 1rem;min-width:10rem}
      .kpi b{display:block;font-size:1.5rem;color:#000091}
      table{border-collapse:collapse;margin:.5rem 0 1rem;min-width:50%}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .bar{display:inline-block;height:.8rem;background:#000091;vertical-align:middle;margin-right:.4rem}
      .note{color:#444;font-size:.92rem}
      .legend span{display:inline-block;margin-right:1rem;font-size:.9rem}.legend i{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle;border:1px solid #999}
      figure{margin:1rem 0}figcaption{margin-bottom:.4rem}h3{font-size:1.1rem;margin-top:1.5rem}
      """;
}
