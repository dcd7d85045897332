package fr.parcours.app.stats;

import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceStatistics;
import fr.parcours.stats.sequence.Weighting;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parcours seq trate}: lag-1 transition rates, TraMineR's {@code seqtrate(s)} (weighted
 * when {@code --weights} is given). Row {@code a}, column {@code b}: p(b at t+1 | a at t).
 */
@Command(name = "trate", mixinStandardHelpOptions = true,
    description = "Taux de transition d'un état à l'autre entre deux positions successives (seqtrate).")
final class SeqTrateCommand implements Runnable {
  @CommandLine.Mixin SeqInput input;
  @CommandLine.Mixin SeqOutput output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    SequenceData data = input.read();
    double[][] r = SequenceStatistics.transitionRates(data, Weighting.WEIGHTED).rates();
    output.write(spec.commandLine().getOut(), w -> {
      w.write("depuis");
      for (String s : data.alphabet()) w.write("," + SeqOutput.field(s));
      w.write("\n");
      for (int a = 0; a < r.length; a++) {
        w.write(SeqOutput.field(data.alphabet().get(a)));
        for (double v : r[a]) w.write("," + SeqOutput.number(v));
        w.write("\n");
      }
    });
  }
}
