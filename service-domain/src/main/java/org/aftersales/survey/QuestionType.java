package org.aftersales.survey;

/** How a survey question is answered: a rating of 1 (poor) to 5 (excellent), yes or no, or free text. */
public enum QuestionType {
    RATING,
    YES_NO,
    TEXT;

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
}
