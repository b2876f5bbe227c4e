package org.aftersales.survey;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of a supplier's trend: its first day, the average score ({@code null}: no response) and the count. */
public record ScorePoint(LocalDate from, BigDecimal averageScore, long responses) {}
