package org.lianxin.opinion.internal;

/**
 * Where a case stands in the loop 接收—分流—办理—反馈—回访. Terminal states end the case's own
 * loop; a merged case's citizen follows the case it was merged into.
 */
public enum OpinionStatus {

	/** 已受理: waiting for triage. */
	RECEIVED(Kind.OPEN),
	/** 已交办: an agency must sign for it. */
	ASSIGNED(Kind.OPEN),
	/** 办理中: signed for, being handled. */
	IN_PROGRESS(Kind.OPEN),
	/** 已答复: the agency replied; the office must tell the citizen. */
	REPLIED(Kind.OPEN),
	/** 已反馈: the citizen was told; a follow-up visit is due. */
	FED_BACK(Kind.OPEN),
	/** 已办结. */
	CLOSED(Kind.TERMINAL),
	/** 重新办理: the citizen was not satisfied; back to triage for a second handling. */
	REOPENED(Kind.OPEN),
	/**
	 * 直接答复: the deputy or office answered without an agency; a follow-up visit is due.
	 */
	ANSWERED_DIRECTLY(Kind.OPEN),
	/** 转为代表建议. */
	CONVERTED(Kind.TERMINAL),
	/** 不予受理, with a reason told to the citizen. */
	DECLINED(Kind.TERMINAL),
	/** 已并案 into another case. */
	MERGED(Kind.TERMINAL);

	/** Whether a case in this state still needs work. */
	public enum Kind {

		OPEN, TERMINAL

	}

	private final Kind kind;

	OpinionStatus(Kind kind) {
		this.kind = kind;
	}

	public boolean isOpen() {
		return this.kind == Kind.OPEN;
	}

	/** Whether a case in this state may take the step: the loop's one table of moves. */
	public boolean allows(OpinionAction action) {
		return switch (this) {
			case RECEIVED, REOPENED ->
				action == OpinionAction.ASSIGN || action == OpinionAction.DECLINE || action == OpinionAction.MERGE
						|| action == OpinionAction.ANSWER_DIRECTLY || action == OpinionAction.CONVERT;
			case ASSIGNED -> action == OpinionAction.SIGN || action == OpinionAction.RETURN;
			case IN_PROGRESS -> action == OpinionAction.RETURN || action == OpinionAction.EXTEND
					|| action == OpinionAction.APPROVE_EXTENSION || action == OpinionAction.REPLY;
			case REPLIED -> action == OpinionAction.FEEDBACK;
			case FED_BACK, ANSWERED_DIRECTLY -> action == OpinionAction.VISIT || action == OpinionAction.CLOSE;
			case CLOSED, CONVERTED, DECLINED, MERGED -> false;
		};
	}

	/** Open or closed, as Open311 reports it. */
	public Kind kind() {
		return this.kind;
	}

}
