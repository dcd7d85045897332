package fr.parcours.model;

import java.time.LocalDate;

/** An entitlement to the RSA (minimum income), from the insertion direction. */
public record RsaEntitlement(String rsaId, String personId, LocalDate openDate, LocalDate closeDate) {}
