package fr.parcours.app.stats;

import fr.parcours.stats.sequence.SequenceData;
import fr.parcours.stats.sequence.SequenceIndicators;
import fr.parcours.stats.sequence.SequenceStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parcours seq indicators}: per-sequence indicators, one row per input row (numbered from
 * 1): {@code seqient} normalised and raw, {@code seqST} raw and normalised, {@code seqici},
 * {@code seqtransn}.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = "Indicateurs par séquence : entropie longitudinale (normalisée et brute), turbulence (brute et normalisée), "
        + "indice de complexité, nombre de transitions (seqient, seqST, seqici, seqtransn).")
final class SeqIndicatorsCommand implements Runnable {
  @CommandLine.Mixin SeqInput input;
  @CommandLine.Mixin SeqOutput output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    SequenceData data = input.read();
    SequenceIndicators ind = SequenceStatistics.indicators(data);
    output.write(spec.commandLine().getOut(), w -> {
      w.write("ligne,entropie_normalisee,entropie,turbulence,turbulence_normalisee,complexite,transitions\n");
      for (int i = 0; i < data.size(); i++) {
        w.write((i + 1) + "," + SeqOutput.number(ind.entropyNormalised()[i]) + "," + SeqOutput.number(ind.entropy()[i])
            + "," + SeqOutput.number(ind.turbulence()[i]) + "," + SeqOutput.number(ind.turbulenceNormalised()[i])
            + "," + SeqOutput.number(ind.complexity()[i]) + "," + ind.transitions()[i] + "\n");
      }
    });
  }
}
