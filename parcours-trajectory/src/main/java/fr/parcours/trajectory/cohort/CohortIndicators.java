package fr.parcours.trajectory.cohort;

import fr.parcours.model.Nomenclatures;
import fr.parcours.trajectory.indicator.PersonIndicators;
import fr.parcours.trajectory.indicator.Status;
import fr.parcours.trajectory.spell.StateAlphabet;
import java.util.List;
import java.util.function.Function;

/** The indicators tabulated by cohort: each a name, a title, a population and a value per person. */
final class CohortIndicators {
  private CohortIndicators() {}

  /** A categorical indicator: category code of a person, or null when outside the population. */
  record Categorical(String name, String title, String population, List<String> codes, List<String> labels,
      Function<PersonIndicators, String> value) {}

  /** A numeric indicator: value of a person, or null when unknown or outside the population. */
  record Numeric(String name, String title, String population, Function<PersonIndicators, Double> value) {}

  static final List<String> STATUS_CODES = List.of(Status.YES.code(), Status.NO.code(), Status.CENSORED.code());
  static final List<String> STATUS_LABELS = List.of(Status.YES.label(), Status.NO.label(), Status.CENSORED.label());

  static final List<Categorical> CATEGORICAL = List.of(
      status("acces_cjm", "Accès au contrat jeune majeur (CJM commencé avant 19 ans)",
          "placés à 17 ans et demi, en vie à 18 ans", PersonIndicators::cjm),
      status("sortie_seche", "Sortie sèche (placé la veille des 18 ans, sans CJM avant 19 ans)",
          "placés la veille de leurs 18 ans", PersonIndicators::leftAt18WithNothing),
      new Categorical("place_avant_18", "Placement avant 18 ans", "personnes ayant eu une mesure", STATUS_CODES, STATUS_LABELS,
          p -> p.entryYear() == null ? null : p.ageFirstPlacementMonths() != null && p.ageFirstPlacementMonths() < 216
              ? Status.YES.code() : p.minorityObserved() ? Status.NO.code() : Status.CENSORED.code()),
      new Categorical("reentree_avant_18", "Réentrée avant 18 ans (nouvel épisode de prise en charge)", "personnes ayant eu une mesure",
          STATUS_CODES, STATUS_LABELS,
          p -> p.entryYear() == null ? null : p.reEntriesBefore18() > 0 ? Status.YES.code()
              : p.minorityObserved() ? Status.NO.code() : Status.CENSORED.code()),
      status("rsa_avant_25", "RSA ouvert avant 25 ans", "personnes de date de naissance connue", PersonIndicators::rsaBefore25),
      status("logement_avant_25", "Demande de logement social avant 25 ans", "personnes de date de naissance connue",
          PersonIndicators::housingRequestBefore25),
      status("mdph_avant_25", "Décision MDPH avant 25 ans", "personnes de date de naissance connue", PersonIndicators::mdphBefore25),
      new Categorical("etat_17_ans_et_demi", "État à 17 ans et demi", "personnes ayant eu une mesure, 17 ans et demi atteints",
          StateAlphabet.DEFAULT.codes(), StateAlphabet.DEFAULT.codes().stream().map(c -> StateAlphabet.DEFAULT.label(StateAlphabet.DEFAULT.indexOf(c))).toList(),
          p -> p.entryYear() == null ? null : p.stateAt17Half()),
      new Categorical("motif_fin_cjm", "Motif de fin du dernier CJM", "CJM terminés", Nomenclatures.END_REASONS.codes(),
          Nomenclatures.END_REASONS.codes().stream().map(Nomenclatures.END_REASONS::label).toList(), PersonIndicators::cjmEndReason));

  static final List<Numeric> NUMERIC = List.of(
      new Numeric("age_premiere_ip_mois", "Âge à la première IP (mois)", "personnes ayant eu une IP", p -> num(p.ageFirstReportMonths())),
      new Numeric("age_premiere_mesure_mois", "Âge à la première mesure (mois)", "personnes ayant eu une mesure",
          p -> num(p.ageFirstMeasureMonths())),
      new Numeric("age_premier_placement_mois", "Âge au premier placement (mois)", "personnes placées",
          p -> num(p.ageFirstPlacementMonths())),
      new Numeric("mois_prise_en_charge_avant_18", "Mois de prise en charge avant 18 ans", "personnes ayant eu une mesure, 18 ans atteints",
          p -> p.minorityObserved() && p.entryYear() != null ? p.monthsInCareBefore18() : null),
      new Numeric("mois_place_avant_18", "Mois placé avant 18 ans", "personnes placées avant 18 ans, 18 ans atteints",
          p -> p.minorityObserved() && p.monthsPlacedBefore18() != null && p.monthsPlacedBefore18() > 0 ? p.monthsPlacedBefore18() : null),
      new Numeric("changements_lieu_avant_18", "Changements de lieu avant 18 ans", "personnes placées avant 18 ans, 18 ans atteints",
          p -> p.minorityObserved() && p.monthsPlacedBefore18() != null && p.monthsPlacedBefore18() > 0 ? (double) p.placeChangesBefore18() : null),
      new Numeric("duree_cjm_mois", "Durée des CJM terminés (mois)", "CJM terminés (les CJM en cours sont exclus)",
          p -> p.cjmDurationMonths() != null && !p.cjmOngoing() ? p.cjmDurationMonths() : null),
      new Numeric("age_sortie_mois", "Âge à la sortie du dernier épisode (mois)", "épisodes terminés", p -> num(p.exitAgeMonths())));

  private static Categorical status(String name, String title, String population, Function<PersonIndicators, Status> f) {
    return new Categorical(name, title, population, STATUS_CODES, STATUS_LABELS, p -> {
      Status s = f.apply(p);
      return s == null || s == Status.NOT_APPLICABLE ? null : s.code();
    });
  }

  private static Double num(Integer i) {
    return i == null ? null : i.doubleValue();
  }
}
