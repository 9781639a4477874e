package org.lianxin.oversight.internal;

/** The kind of case heard; labelled {@code court.case.*}. */
public enum CaseKind {

	CIVIL, CRIMINAL, ADMINISTRATIVE, ENFORCEMENT

}
