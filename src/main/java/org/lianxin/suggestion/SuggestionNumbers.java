package org.lianxin.suggestion;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RecordLink;

/**
 * Registered suggestions by their number in a congress (第1次会议第12号, typed also as "1-12"),
 * for another module's record that names the suggestions it came from (a candidate
 * livelihood project collected from deputies' suggestions).
 */
public interface SuggestionNumbers {

	/**
	 * The suggestion of the congress with that number, if the user's data scope covers
	 * it; a number is the session's and the suggestion's, the two numbers in the text.
	 */
	Optional<RecordLink> find(CurrentUser user, long congressId, String number);

	/** The suggestions as they stand now, in the order of the ids. */
	List<RecordLink> of(List<Long> ids);

}
