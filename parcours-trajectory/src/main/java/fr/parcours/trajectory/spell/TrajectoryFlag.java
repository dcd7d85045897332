package fr.parcours.trajectory.spell;

/**
 * A contradiction found while building a trajectory; the trajectory is still built by the
 * documented rule, and the flag says where it had to choose.
 *
 * @param code one of the constants below (French, upper case, like the ingestion's codes)
 * @param recordId the record concerned (measure, place, IP id), or the person id
 * @param detail a French explanation with the dates involved
 */
public record TrajectoryFlag(String code, String recordId, String detail) {
  /** A record starts before the birth date: the timeline starts at that record. */
  public static final String BIRTH_AFTER_RECORD = "NAISSANCE_APRES_DEBUT";
  /** No usable birth date: no age axis, no age indicator. */
  public static final String BIRTH_UNKNOWN = "NAISSANCE_INCONNUE";
  /** A place outside the dates of its measure. */
  public static final String PLACE_OUTSIDE_MEASURE = "LIEU_HORS_MESURE";
  /** A place whose measure is not in the extract. */
  public static final String PLACE_WITHOUT_MEASURE = "LIEU_SANS_MESURE";
  /** Two places of the person overlap. */
  public static final String OVERLAPPING_PLACES = "LIEUX_CHEVAUCHANTS";
  /** Two measures of the person overlap. */
  public static final String OVERLAPPING_MEASURES = "MESURES_CHEVAUCHANTES";
  /** Days of a placement measure covered by no place: other placement (lowest place state). */
  public static final String PLACEMENT_WITHOUT_PLACE = "PLACEMENT_SANS_LIEU";
  /** A record ends before it starts: kept as one day. */
  public static final String END_BEFORE_START = "FIN_AVANT_DEBUT";
  /** A record starts after the extract date or the death: ignored. */
  public static final String AFTER_OBSERVATION = "APRES_OBSERVATION";
  /** An IP with an outcome but no outcome date: evaluated until the end of observation. */
  public static final String REPORT_WITHOUT_OUTCOME_DATE = "IP_SANS_DATE_SUITE";
}
