package org.lianxin.opinion.internal;

/**
 * A rate as DESIGN §5 defines it: a figure over another, shown with both counts and its
 * definition, so that nobody reads closing as solving.
 */
public enum Rate {

	/** 答复率 = 答复 ÷ 交办. */
	REPLY(Figure.REPLIED, Figure.ASSIGNED),
	/** 办结率 = 办结 ÷ 受理. */
	CLOSING(Figure.CLOSED, Figure.ACCEPTED),
	/** 解决率 = A 类办结 ÷ 办结. */
	SOLVED(Figure.RESOLVED, Figure.CLOSED),
	/** 满意率 = (满意 + 基本满意) ÷ 评价. */
	SATISFACTION(Figure.CONTENT, Figure.RATED),
	/** 满意（仅“满意”）÷ 评价, shown beside the satisfaction rate. */
	SATISFIED_ONLY(Figure.SATISFIED, Figure.RATED),
	/** 按期办结率 = 按期办结 ÷ 办结. */
	ON_TIME(Figure.CLOSED_ON_TIME, Figure.CLOSED),
	/** 当月上传率 = 当月上传 ÷ 收集. */
	UPLOADED_ON_TIME(Figure.UPLOADED_ON_TIME, Figure.COLLECTED);

	private final Figure numerator;

	private final Figure denominator;

	Rate(Figure numerator, Figure denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public Figure numerator() {
		return this.numerator;
	}

	public Figure denominator() {
		return this.denominator;
	}

}
