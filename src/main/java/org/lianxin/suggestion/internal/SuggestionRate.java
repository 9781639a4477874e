package org.lianxin.suggestion.internal;

/**
 * A rate as DESIGN §5 defines it, a figure over another, shown with both counts and its
 * definition (closing is not solving).
 */
public enum SuggestionRate {

	/** 答复率 = 答复 ÷ 交办. */
	REPLY(SuggestionFigure.REPLIED, SuggestionFigure.ASSIGNED),
	/** 办结率 = 办结 ÷ 立案. */
	CLOSING(SuggestionFigure.CLOSED, SuggestionFigure.REGISTERED),
	/** 解决率 = A 类办结 ÷ 办结. */
	SOLVED(SuggestionFigure.RESOLVED, SuggestionFigure.CLOSED),
	/** 满意率 = (满意 + 基本满意) ÷ 评价. */
	SATISFACTION(SuggestionFigure.CONTENT, SuggestionFigure.RATED),
	/** 满意（仅“满意”）÷ 评价, beside the satisfaction rate. */
	SATISFIED_ONLY(SuggestionFigure.SATISFIED, SuggestionFigure.RATED),
	/** 按期办结率 = 按期办结 ÷ 办结. */
	ON_TIME(SuggestionFigure.CLOSED_ON_TIME, SuggestionFigure.CLOSED);

	private final SuggestionFigure numerator;

	private final SuggestionFigure denominator;

	SuggestionRate(SuggestionFigure numerator, SuggestionFigure denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public SuggestionFigure numerator() {
		return this.numerator;
	}

	public SuggestionFigure denominator() {
		return this.denominator;
	}

}
