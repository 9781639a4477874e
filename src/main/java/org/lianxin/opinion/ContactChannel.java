package org.lianxin.opinion;

/** How the office reached the citizen for feedback or a follow-up visit. */
public enum ContactChannel {

	PHONE, SMS, VISIT, LETTER, ONLINE

}
