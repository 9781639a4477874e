package org.lianxin.oversight.internal;

/** In which capacity someone took part; labelled {@code oversight.role.*}. */
public enum ParticipantRole {

	DEPUTY, EXPERT, TRADE, OTHER

}
