package fr.parcours.ingest.synthetic;

import java.time.LocalDate;

/**
 * A true spell: one state of {@code etats.csv} from {@code start} to {@code end}, both inclusive.
 */
public record Spell(String state, LocalDate start, LocalDate end) {}
