package org.aftersales.survey;

/** One question as its author words it: type, Chinese and English text, whether it must be answered. */
public record QuestionData(QuestionType type, String textZh, String textEn, boolean required) {}
