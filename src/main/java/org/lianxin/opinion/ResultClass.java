package org.lianxin.opinion;

/** How an agency's reply classes the result (DESIGN §5). */
public enum ResultClass {

	/** 已解决或基本解决. */
	A,
	/** 正在解决或列入计划. */
	B,
	/** 因条件限制暂不能解决，已作解释. */
	C,
	/** 留作参考. */
	D

}
