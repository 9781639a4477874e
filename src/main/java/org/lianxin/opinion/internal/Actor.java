package org.lianxin.opinion.internal;

/**
 * Who takes a step: a staff user (with their agency, if they handle for one), a citizen,
 * or the system.
 *
 * @param name what the history shows: a username, "citizen" or "system"
 * @param agencyId the agency a handler acts for, else {@code null}
 */
public record Actor(String name, Long agencyId) {

	public static final Actor CITIZEN = new Actor("citizen", null);

	public static final Actor SYSTEM = new Actor("system", null);

}
