package org.lianxin.suggestion.internal;

/**
 * Who takes a step: a staff user acting for the office, for an agency, or as a deputy; or
 * the system.
 *
 * @param name what the history shows: a username or "system"
 * @param agencyId the agency a handler acts for, else {@code null}
 * @param deputyId the deputy a deputy's account belongs to, else {@code null}
 */
public record SuggestionActor(String name, Long agencyId, Long deputyId) {

	public static final SuggestionActor SYSTEM = new SuggestionActor("system", null, null);

	public static SuggestionActor office(String name) {
		return new SuggestionActor(name, null, null);
	}

	public static SuggestionActor agency(String name, long agencyId) {
		return new SuggestionActor(name, agencyId, null);
	}

	public static SuggestionActor deputy(String name, long deputyId) {
		return new SuggestionActor(name, null, deputyId);
	}

}
