package org.aftersales.knowledge;

import org.aftersales.project.Discipline;

/**
 * What an author writes in a knowledge article: kind, title, symptom, cause, fix, the equipment type and model it is
 * about, its discipline, and where it comes from (project, equipment item, service case; each optional).
 */
public record ArticleData(
        ArticleKind kind,
        String title,
        String symptom,
        String cause,
        String fix,
        String equipmentType,
        String equipmentModel,
        Discipline discipline,
        Long projectId,
        Long equipmentItemId,
        Long serviceCaseId) {}
