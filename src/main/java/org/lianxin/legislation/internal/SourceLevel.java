package org.lianxin.legislation.internal;

/**
 * Who sent the draft: a legislature of some level, or the author of a normative document.
 */
public enum SourceLevel {

	NATIONAL, PROVINCIAL, CITY, NORMATIVE

}
