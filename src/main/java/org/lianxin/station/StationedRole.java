package org.lianxin.station;

/** A stationed deputy's role at a venue (进驻代表). */
public enum StationedRole {

	HEAD, LIAISON, MEMBER

}
