package fr.parcours.engine.analysis;

import fr.parcours.stats.effect.Balance;
import java.util.List;

/**
 * The estimated effect of a contrat jeune majeur on opening an RSA entitlement before 25.
 *
 * @param population persons placed at 17½ whose RSA before 25 is observable
 * @param estimate IPW (Hájek, stabilised weights, ATE) risk difference: P(RSA<25 | CJM) − P(RSA<25 | no CJM)
 * @param lower lower bound of the bootstrap percentile interval
 * @param upper upper bound
 * @param naive plain difference of the two groups' rates, without adjustment
 * @param covariates the propensity model's covariates, in French
 */
public record CjmEffect(
    long population,
    long treated,
    long control,
    double rateTreated,
    double rateControl,
    double estimate,
    double lower,
    double upper,
    double level,
    int replicates,
    double naive,
    List<String> covariates,
    List<Balance> balance) {

  public CjmEffect {
    covariates = List.copyOf(covariates);
    balance = List.copyOf(balance);
  }
}
