package org.aftersales.project;

/**
 * The statutory warranty categories of 《建设工程质量管理条例》 Art. 40 and their national minimum warranty periods,
 * counted from completion acceptance (竣工验收) (R-L2).
 *
 * <p>The regulation promises warranty "per national regulations": under normal use a contractual warranty may not be
 * shorter than the minimum of its category. Three categories do not reduce to a plain number of months, and are
 * represented as follows:
 *
 * <ul>
 *   <li>{@link #FOUNDATION_AND_STRUCTURE} — "the reasonable service life set by the design documents" (设计文件规定的
 *       该工程的合理使用年限). It has no month minimum ({@link #minimumMonths()} is {@code null},
 *       {@link #isDesignServiceLife()} is {@code true}). The design service life is not recorded per item; ordinary
 *       buildings and structures are designed for 50 years (GB 50068), so a period shorter than
 *       {@link HandoverDates#MAX_WARRANTY_MONTHS} (600 months = 50 years) is flagged for a check against the design
 *       documents, and 600 months is the default offered.
 *   <li>{@link #HEATING_AND_COOLING} — "two heating / cooling seasons" (两个采暖期、供冷期). Seasons are kept as
 *       {@link #minimumSeasons()} = 2; for comparisons with a period in months they count as 24 months, which is
 *       never shorter than two seasons of any climate zone.
 *   <li>{@link #OTHER} — "agreed by the contracting parties": no minimum, nothing is ever flagged, and the project
 *       default applies.
 * </ul>
 */
public enum WarrantyCategory {
    /** 地基基础工程和主体结构工程: the design service life. */
    FOUNDATION_AND_STRUCTURE(null, null, true),
    /** 屋面防水工程、有防水要求的卫生间、房间和外墙面的防渗漏: 5 years. */
    WATERPROOFING(60, null, false),
    /** 供热与供冷系统: 2 heating / cooling seasons, compared as 24 months. */
    HEATING_AND_COOLING(24, 2, false),
    /** 电气管线、给排水管道: 2 years. */
    ELECTRICAL_AND_PIPING(24, null, false),
    /** 设备安装工程: 2 years. */
    EQUIPMENT_INSTALLATION(24, null, false),
    /** 装修工程: 2 years. */
    DECORATION(24, null, false),
    /** 其他项目: by contract, no statutory minimum. */
    OTHER(null, null, false);

    private final Integer minimumMonths;
    private final Integer minimumSeasons;
    private final boolean designServiceLife;

    WarrantyCategory(Integer minimumMonths, Integer minimumSeasons, boolean designServiceLife) {
        this.minimumMonths = minimumMonths;
        this.minimumSeasons = minimumSeasons;
        this.designServiceLife = designServiceLife;
    }

    /**
     * The national minimum in months, or {@code null} where the law sets none in months (design service life, by
     * contract). For {@link #HEATING_AND_COOLING} the 24-month equivalent of two seasons.
     */
    public Integer minimumMonths() {
        return minimumMonths;
    }

    /** The national minimum in heating / cooling seasons ({@link #HEATING_AND_COOLING} only), else {@code null}. */
    public Integer minimumSeasons() {
        return minimumSeasons;
    }

    /** Whether the minimum is the design service life of the works (foundations and main structure). */
    public boolean isDesignServiceLife() {
        return designServiceLife;
    }

    /** Whether the law sets any minimum for this category ({@link #OTHER} is by contract only). */
    public boolean hasStatutoryMinimum() {
        return minimumMonths != null || designServiceLife;
    }

    /**
     * The warranty in months to offer for a new item of this category: the national minimum; 600 months (50 years)
     * for the design service life; {@code null} — the project default — where the law leaves it to the contract.
     */
    public Integer defaultWarrantyMonths() {
        return designServiceLife ? Integer.valueOf(HandoverDates.MAX_WARRANTY_MONTHS) : minimumMonths;
    }

    /** Whether a contractual warranty of {@code months} is shorter than this category's national minimum. */
    public boolean isShorterThanMinimum(int months) {
        if (designServiceLife) {
            return months < HandoverDates.MAX_WARRANTY_MONTHS;
        }
        return minimumMonths != null && months < minimumMonths;
    }
}
