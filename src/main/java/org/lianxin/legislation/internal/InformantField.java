package org.lianxin.legislation.internal;

/**
 * Whom an informant speaks for: the source names deputies, lawyers, teachers, residents
 * and firms; a point's office can tell from it whose voice a draft has not yet heard.
 */
public enum InformantField {

	DEPUTY, LAWYER, TEACHER, RESIDENT, ENTERPRISE, CIVIL_SERVANT, OTHER

}
