package org.lianxin.suggestion.internal;

/** Where a promised item stands: open until kept or closed by the office. */
public enum PromiseStatus {

	/** 待兑现: due on its day. */
	OPEN,
	/** 已报告完成: the deputy is asked whether it was kept. */
	REPORTED,
	/** 已兑现: the deputy confirmed. */
	KEPT,
	/** 办公室关闭, with a reason. */
	CLOSED_BY_OFFICE;

	public boolean isOpen() {
		return this == OPEN || this == REPORTED;
	}

}
