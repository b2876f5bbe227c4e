package org.aftersales.survey;

/** The answer to one question: a rating (1–5), yes/no, or text, as the question's type asks. */
public record AnswerData(long questionId, Integer rating, Boolean yes, String text) {}
