package fr.parcours.model;

import java.time.LocalDate;

/** A housing step (social housing request, allocation, housing-fund aid). */
public record HousingStep(String housingId, String personId, String stepType, LocalDate stepDate) {}
