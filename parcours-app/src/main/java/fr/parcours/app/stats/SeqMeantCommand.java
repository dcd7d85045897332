package fr.parcours.app.stats;

import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceStatistics;
import fr.parcours.stats.sequence.Weighting;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parcours seq meant}: mean time spent in each state, TraMineR's {@code seqmeant(s)}
 * (weighted when {@code --weights} is given). One row, state names as headers.
 */
@Command(name = "meant", mixinStandardHelpOptions = true,
    description = "Durée moyenne passée dans chaque état, en nombre de positions (seqmeant).")
final class SeqMeantCommand implements Runnable {
  @CommandLine.Mixin SeqInput input;
  @CommandLine.Mixin SeqOutput output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    SequenceData data = input.read();
    double[] m = SequenceStatistics.meanTime(data, Weighting.WEIGHTED).mean();
    output.write(spec.commandLine().getOut(), w -> {
      StringBuilder h = new StringBuilder();
      StringBuilder v = new StringBuilder();
      for (int s = 0; s < m.length; s++) {
        if (s > 0) {
          h.append(',');
          v.append(',');
        }
        h.append(SeqOutput.field(data.alphabet().get(s)));
        v.append(SeqOutput.number(m[s]));
      }
      w.write(h + "\n" + v + "\n");
    });
  }
}
