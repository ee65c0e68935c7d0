package no.pathfin.application.risk;

import java.math.BigDecimal;

/**
 * A hospital's year under one payment design: the spread of its income and of its margin (income − cost) over
 * {@code episodes} episodes drawn independently from the mix, and how the spread was found.
 *
 * @param method      "exact" (every way the year can fall, with its multinomial probability) or "simulation"
 * @param draws       simulated years (0 when exact)
 * @param error       for a simulation, the standard error of the mean income and of the loss probability; zero when exact
 */
public record YearRisk(int episodes, String method, long draws, Spread income, Spread margin,
                       BigDecimal meanIncomeStandardError, BigDecimal lossProbabilityStandardError) {
}
