package org.aftersales.servicecase;

/**
 * What the caller asks for (R-S1; 第四章第四条1: 服务申请、服务咨询、使用意见反馈、投诉).
 *
 * <p>Service requests and complaints expect a reply to the owner within the reply hours (R-S3), so only they start
 * the {@link ClockKind#REPLY} clock.
 */
public enum CaseType {
    /** 服务申请. */
    SERVICE_REQUEST(true),
    /** 服务咨询. */
    CONSULTATION(false),
    /** 使用意见反馈. */
    FEEDBACK(false),
    /** 投诉. */
    COMPLAINT(true);

    private final boolean replyDue;

    CaseType(boolean replyDue) {
        this.replyDue = replyDue;
    }

    /**
     * Whether a case of this type is handed off to the Design Department or the subcontractor when it concerns the
     * product's quality, function or design (R-S10: "受理的意见和投诉中涉及…的" — 意见 and 投诉, feedback and complaints).
     */
    public boolean isHandedOffWhenConcerned() {
        return this == FEEDBACK || this == COMPLAINT;
    }

    /** Whether a case of this type owes the owner a reply within the reply hours (R-S3). */
    public boolean isReplyDue() {
        return replyDue;
    }
}
