package org.lianxin.ledger.internal;

/** Where an article was carried; labelled {@code ledger.level.*}. */
public enum ArticleLevel {

	NATIONAL, PROVINCIAL, CITY

}
