package org.lianxin.legislation.internal;

/** How an opinion on a draft came in. */
public enum OpinionChannel {

	/** Given by anyone on a point's QR page, without an account. */
	QR_PAGE,
	/** Handed in by an informant and entered by the office. */
	INFORMANT,
	/** Raised at an offline meeting (座谈会, 论证会, 实地调研). */
	MEETING

}
