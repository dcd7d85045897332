package fr.parcours.privacy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import fr.parcours.privacy.convention.FieldPolicy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KAnonymiserTest {

  @Test
  void riskFiguresAsArxReportsThem() {
    // classes: {a,a,a}, {b,b}, {c} → 6 records, 3 classes
    List<String[]> rows = List.of(r("a"), r("a"), r("a"), r("b"), r("b"), r("c"));
    RiskReport rep = RiskMeasures.measure(rows, 2);
    assertThat(rep.classes()).isEqualTo(3);
    assertThat(rep.smallestClass()).isEqualTo(1);
    assertThat(rep.prosecutorMax()).isEqualTo(1.0);
    assertThat(rep.prosecutorAverage()).isEqualTo(0.5);
    assertThat(rep.recordsBelowK()).isEqualTo(1);
    assertThat(rep.shareAtRisk()).isEqualTo(1.0 / 6);
    assertThat(RiskMeasures.measure(rows, 3).recordsBelowK()).isEqualTo(3);
    assertThat(rep.journalistMax()).isEqualTo(rep.prosecutorMax());
  }

  @Test
  void generalisesBirthDatesUntilKHolds() {
    Random rnd = new Random(1);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      rows.add(new Object[] {rnd.nextBoolean() ? "M" : "F", LocalDate.of(2000 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))});
    }
    var qis = List.of(QuasiIdentifier.category("sex"), QuasiIdentifier.date("birth_date", Level.MONTH));
    var out = KAnonymiser.run(qis, rows, 5, 0.01);
    assertThat(out.after().satisfiesK()).isTrue();
    assertThat(out.before().satisfiesK()).isFalse();
    assertThat(out.steps()).isNotEmpty();
    assertThat(out.suppressed().size()).isLessThanOrEqualTo(20);
  }

  @Test
  void refusesWhenThePolicyCannotReachK() {
    List<Object[]> rows = List.of(new Object[] {"M", "Lyon"}, new Object[] {"F", "Bron"}, new Object[] {"F", "Lyon"});
    var qis = List.of(QuasiIdentifier.category("sex"), QuasiIdentifier.category("birth_commune"));
    assertThatThrownBy(() -> KAnonymiser.run(qis, rows, 5, 0.05))
        .isInstanceOf(ParcoursException.class).hasMessageContaining("ne permet pas d'atteindre k = 5").hasMessageContaining("Rien n'a été écrit");
  }

  @Property(tries = 50)
  void outcomeAlwaysSatisfiesKOrRefuses(@ForAll @IntRange(min = 10, max = 400) int n, @ForAll @IntRange(min = 2, max = 8) int k, @ForAll long seed) {
    Random rnd = new Random(seed);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) rows.add(new Object[] {rnd.nextInt(3) + "", LocalDate.ofEpochDay(rnd.nextInt(4000))});
    var qis = List.of(QuasiIdentifier.category("c"), QuasiIdentifier.date("d", Level.DAY));
    try {
      var out = KAnonymiser.run(qis, rows, k, 0.1);
      List<String[]> kept = new ArrayList<>();
      List<String[]> all = KAnonymiser.render(qis, rows, out.levels());
      for (int i = 0; i < n; i++) if (!out.suppressed().contains(i)) kept.add(all.get(i));
      assertThat(RiskMeasures.measure(kept, k).satisfiesK()).isTrue();
      assertThat(out.suppressed().size()).isLessThanOrEqualTo((int) Math.floor(0.1 * n));
    } catch (ParcoursException e) {
      assertThat(e.getMessage()).contains("ne permet pas");
    }
  }

  static String[] r(String v) {
    return new String[] {v};
  }
}
