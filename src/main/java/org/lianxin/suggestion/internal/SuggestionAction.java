package org.lianxin.suggestion.internal;

/** The steps a suggestion takes; each is a row of its history. */
public enum SuggestionAction {

	/** 草拟: a converted opinion arrives as a draft. */
	DRAFT,
	/** 提出. */
	FILE,
	/** 附议: a co-signer confirms. */
	CO_SIGN,
	/** 立案. */
	REGISTER,
	/** 不予立案. */
	DECLINE,
	/** 并案. */
	MERGE,
	/** 列为重点建议, with its supervising leader. */
	MARK_KEY,
	/** 交办. */
	ASSIGN,
	/** 签收. */
	SIGN,
	/** 申请退回. */
	REQUEST_RETURN,
	/** 审批退回. */
	DECIDE_RETURN,
	/** 重新交办. */
	REASSIGN,
	/** 协办意见. */
	CO_VIEW,
	/** 沟通联系: 面商、电话、座谈. */
	CONTACT,
	/** 申请延期. */
	EXTEND,
	/** 审批延期. */
	DECIDE_EXTENSION,
	/** 答复. */
	REPLY,
	/** 办复审查通过. */
	REVIEW,
	/** 退回重办 after the office's review. */
	SEND_BACK,
	/** 评价. */
	RATE,
	/** 重新办理 after a 不满意. */
	REHANDLE,
	/** 办结. */
	CLOSE,
	/** 督办: a deadline ran out. */
	SUPERVISE,
	/** 推进会问答: a question and answer of the mid-year progress meeting. */
	MEETING_NOTE,
	/** 承诺事项: the agency reports an item done or not. */
	PROMISE_REPORT,
	/** 承诺事项: the deputy, asked again, confirms or not. */
	PROMISE_CONFIRM,
	/** 承诺事项: the office closes an open item with a reason. */
	PROMISE_CLOSE,
	/** 同意公开: the lead deputy agrees that the reply goes on the public site. */
	PUBLISH_AGREE,
	/** 公开答复: the office publishes it there. */
	PUBLISH

}
