package org.lianxin.suggestion.internal;

/** How the lead agency contacted the deputy before replying: 面商, 电话, 座谈. */
public enum ContactMode {

	IN_PERSON, PHONE, MEETING

}
