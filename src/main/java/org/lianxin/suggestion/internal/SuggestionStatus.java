package org.lianxin.suggestion.internal;

import static org.lianxin.suggestion.internal.SuggestionAction.ASSIGN;
import static org.lianxin.suggestion.internal.SuggestionAction.CLOSE;
import static org.lianxin.suggestion.internal.SuggestionAction.CONTACT;
import static org.lianxin.suggestion.internal.SuggestionAction.CO_SIGN;
import static org.lianxin.suggestion.internal.SuggestionAction.CO_VIEW;
import static org.lianxin.suggestion.internal.SuggestionAction.DECIDE_EXTENSION;
import static org.lianxin.suggestion.internal.SuggestionAction.DECIDE_RETURN;
import static org.lianxin.suggestion.internal.SuggestionAction.DECLINE;
import static org.lianxin.suggestion.internal.SuggestionAction.EXTEND;
import static org.lianxin.suggestion.internal.SuggestionAction.FILE;
import static org.lianxin.suggestion.internal.SuggestionAction.MARK_KEY;
import static org.lianxin.suggestion.internal.SuggestionAction.MEETING_NOTE;
import static org.lianxin.suggestion.internal.SuggestionAction.MERGE;
import static org.lianxin.suggestion.internal.SuggestionAction.RATE;
import static org.lianxin.suggestion.internal.SuggestionAction.REASSIGN;
import static org.lianxin.suggestion.internal.SuggestionAction.REGISTER;
import static org.lianxin.suggestion.internal.SuggestionAction.REPLY;
import static org.lianxin.suggestion.internal.SuggestionAction.REQUEST_RETURN;
import static org.lianxin.suggestion.internal.SuggestionAction.REVIEW;
import static org.lianxin.suggestion.internal.SuggestionAction.SEND_BACK;
import static org.lianxin.suggestion.internal.SuggestionAction.SIGN;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a suggestion stands, from the deputy's draft to 办结, and which steps each state
 * allows: the state machine's one table of moves.
 */
public enum SuggestionStatus {

	/** 草稿: converted from an opinion, for the deputy to complete and file. */
	DRAFT(EnumSet.of(FILE)),
	/** 已提出: co-signers may confirm; the office registers, declines or merges it. */
	FILED(EnumSet.of(CO_SIGN, REGISTER, DECLINE, MERGE)),
	/** 已立案: waiting to be assigned. */
	REGISTERED(EnumSet.of(ASSIGN, MARK_KEY, MEETING_NOTE)),
	/** 已交办: the lead agency signs for it or asks to return it. */
	ASSIGNED(EnumSet.of(SIGN, REQUEST_RETURN, REASSIGN, CO_VIEW, MARK_KEY, MEETING_NOTE)),
	/** 申请退回: the office grants or refuses the agency's request. */
	RETURN_REQUESTED(EnumSet.of(DECIDE_RETURN, REASSIGN, MARK_KEY, MEETING_NOTE)),
	/** 办理中. */
	IN_PROGRESS(EnumSet.of(CO_VIEW, CONTACT, EXTEND, DECIDE_EXTENSION, REPLY, REASSIGN, MARK_KEY, MEETING_NOTE)),
	/** 已答复: the office reviews the reply (办复审查). */
	REPLIED(EnumSet.of(REVIEW, SEND_BACK, MARK_KEY, MEETING_NOTE)),
	/** 待评价: the reply reached the deputies, who rate it. */
	ANSWERED(EnumSet.of(RATE, CLOSE, MARK_KEY, MEETING_NOTE)),
	/** 已评价: every deputy rated, none unsatisfied; the office closes it. */
	RATED(EnumSet.of(CLOSE, MEETING_NOTE)),
	/** 已办结. */
	CLOSED(EnumSet.noneOf(SuggestionAction.class)),
	/** 不予立案, with the reason. */
	DECLINED(EnumSet.noneOf(SuggestionAction.class)),
	/** 已并案 into another suggestion. */
	MERGED(EnumSet.noneOf(SuggestionAction.class));

	private final Set<SuggestionAction> allowed;

	SuggestionStatus(Set<SuggestionAction> allowed) {
		this.allowed = allowed;
	}

	public boolean allows(SuggestionAction action) {
		return this.allowed.contains(action);
	}

	public boolean isOpen() {
		return this != CLOSED && this != DECLINED && this != MERGED;
	}

}
