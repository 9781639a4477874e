package org.lianxin.legislation.internal;

/**
 * Where a consultation stands among the six steps: 接收任务, 发布征集 and 收集意见 (one stage:
 * publishing opens the gathering), 整理归纳, 报送, 反馈.
 */
public enum ConsultationStage {

	RECEIVED, GATHERING, MERGING, REPORTED, ANSWERED;

	/** Whether the answer upward is still owed, so its deadline runs. */
	boolean owesAnswer() {
		return this == RECEIVED || this == GATHERING || this == MERGING;
	}

}
