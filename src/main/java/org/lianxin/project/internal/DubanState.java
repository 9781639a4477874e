package org.lianxin.project.internal;

/** Where a 督办 stands: waiting for the agency's answer, or answered. */
public enum DubanState {

	ISSUED, ANSWERED

}
