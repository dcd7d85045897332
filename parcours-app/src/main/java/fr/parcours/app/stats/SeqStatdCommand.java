package fr.parcours.app.stats;

import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceStatistics;
import fr.parcours.stats.sequence.StateDistribution;
import fr.parcours.stats.sequence.Weighting;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parcours seq statd}: state distribution per position, TraMineR's {@code seqstatd(s)}
 * (weighted when {@code --weights} is given, normalised entropy). One row per position:
 * {@code position}, the share of each state (state names as headers), {@code effectif_valide},
 * {@code entropie}.
 */
@Command(name = "statd", mixinStandardHelpOptions = true,
    description = "Répartition des états à chaque position, effectif valide et entropie transversale normalisée (seqstatd).")
final class SeqStatdCommand implements Runnable {
  @CommandLine.Mixin SeqInput input;
  @CommandLine.Mixin SeqOutput output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    SequenceData data = input.read();
    StateDistribution sd = SequenceStatistics.stateDistribution(data, Weighting.WEIGHTED, true);
    output.write(spec.commandLine().getOut(), w -> {
      w.write("position");
      for (String s : data.alphabet()) w.write("," + SeqOutput.field(s));
      w.write(",effectif_valide,entropie\n");
      for (int t = 0; t < data.length(); t++) {
        w.write(SeqOutput.field(input.stateColumns.get(t)));
        for (int s = 0; s < data.alphabetSize(); s++) w.write("," + SeqOutput.number(sd.frequencies()[s][t]));
        w.write("," + SeqOutput.number(sd.validN()[t]) + "," + SeqOutput.number(sd.entropy()[t]) + "\n");
      }
    });
  }
}
