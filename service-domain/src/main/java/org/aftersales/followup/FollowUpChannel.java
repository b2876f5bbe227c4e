package org.aftersales.followup;

import org.aftersales.servicecase.Channel;

/**
 * How the company reached out to the owner for a follow-up (R-F2; 第四章2.3: 定期与业主联系). Unlike a case's
 * {@link Channel}, which says how a call came in, this says how the company called out; a service case opened from the
 * follow-up takes the nearest intake channel ({@link #caseChannel()}).
 */
public enum FollowUpChannel {
    PHONE(Channel.PHONE),
    /** An engineer went to the plant (走访). */
    VISIT(Channel.VISIT),
    EMAIL(Channel.EMAIL),
    /** A message or chat (短信、微信). */
    MESSAGE(Channel.WEB),
    /** A video call. */
    VIDEO_CALL(Channel.PHONE);

    private final Channel caseChannel;

    FollowUpChannel(Channel caseChannel) {
        this.caseChannel = caseChannel;
    }

    /** The intake channel of a service case opened from a contact made this way. */
    public Channel caseChannel() {
        return caseChannel;
    }
}
