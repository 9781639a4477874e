package org.lianxin.oversight.internal;

/**
 * The six items of the evaluation form each observing deputy fills in; labelled
 * {@code court.item.*}.
 */
public enum EvaluationItem {

	/** 庭审礼仪. */
	ETIQUETTE,

	/** 司法作风. */
	CONDUCT,

	/** 程序规范. */
	PROCEDURE,

	/** 驾驭庭审能力. */
	ABILITY,

	/** 庭审效率. */
	EFFICIENCY,

	/** 庭审效果. */
	EFFECT

}
