package org.aftersales.web.view.surveys;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.survey.ScorePoint;
import org.aftersales.survey.SupplierScorecard;
import org.aftersales.survey.SurveyService;
import org.aftersales.web.i18n.Messages;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;

/**
 * surveys/scorecards.xhtml: supplier scorecards of a period (R-B3) — average survey score, responses, quality defects
 * — ranked, and the chosen supplier's quarterly trend as a chart.
 */
@Named
@ViewScoped
public class ScorecardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QUARTERS = 6;

    @Inject
    transient SurveyService surveys;

    @Inject
    transient Caller caller;

    @Inject
    UserSession session;

    private LocalDate from;
    private LocalDate to;
    private List<SupplierScorecard> cards = List.of();
    private Long selectedId;
    private String selectedName;
    private String trendJson;

    /** Called by f:viewAction: the last twelve months. */
    public void load() {
        if (!caller.may(Permission.SCORECARD_VIEW)) {
            Pages.sendError(403);
            return;
        }
        to = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        from = to.minusMonths(12).plusDays(1);
        refresh();
    }

    public void refresh() {
        cards = surveys.scorecards(from, to);
        if (selectedId == null && !cards.isEmpty()) {
            select(cards.get(0));
        } else if (selectedId != null) {
            cards.stream()
                    .filter(c -> c.subcontractorId() == selectedId)
                    .findFirst()
                    .ifPresent(this::select);
        }
    }

    public void select(SupplierScorecard card) {
        selectedId = card.subcontractorId();
        selectedName = card.name();
        List<ScorePoint> points = surveys.trend(card.subcontractorId(), QUARTERS);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ScorePoint point : points) {
            labels.add(point.from().getYear() + " Q" + ((point.from().getMonthValue() - 1) / 3 + 1));
            if (point.averageScore() == null) {
                values.addNull();
            } else {
                values.add(point.averageScore());
            }
        }
        trendJson = Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add(
                                                                "label",
                                                                Messages.text(
                                                                        session.getLocale(), "scorecard.averageScore"))
                                                        .add("data", values)
                                                        .add("borderColor", "#1e4d8c")
                                                        .add("backgroundColor", "#1e4d8c")
                                                        .add("spanGaps", true)
                                                        .add("tension", 0.2))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 1)
                                                                .add("max", 5))))
                .build()
                .toString();
    }

    public boolean selected(SupplierScorecard card) {
        return selectedId != null && selectedId == card.subcontractorId();
    }

    public List<SupplierScorecard> getCards() {
        return cards;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public String getTrendJson() {
        return trendJson;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
