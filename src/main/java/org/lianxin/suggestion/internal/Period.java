package org.lianxin.suggestion.internal;

/** When a suggestion was filed: 大会期间 or 闭会期间. */
public enum Period {

	SESSION, RECESS

}
