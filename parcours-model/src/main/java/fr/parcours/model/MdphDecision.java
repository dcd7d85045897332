package fr.parcours.model;

import java.time.LocalDate;

/** A decision of the MDPH (disability house): AEEH, AAH, orientation, RQTH. */
public record MdphDecision(
    String decisionId, String personId, String decisionType, LocalDate decisionDate, LocalDate rightsEndDate) {}
