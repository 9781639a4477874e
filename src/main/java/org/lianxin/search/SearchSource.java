package org.lianxin.search;

import java.util.List;

import org.lianxin.account.CurrentUser;

/**
 * One kind of record the search box finds, answered by the module that owns it. Both
 * methods see only what the user may see: the module's own permission and data scope.
 */
public interface SearchSource {

	/**
	 * The kind's name, as in the API ({@code opinion}) and in message
	 * {@code search.kind.<kind>}.
	 */
	String kind();

	/** Whether the user may read this kind at all (its module's view permission). */
	boolean readableBy(CurrentUser user);

	/**
	 * The user's records containing the query with an id below {@code below}, highest id
	 * first, at most {@code limit}: the id order lets a search go on where a window of
	 * results stopped.
	 */
	List<SearchCandidate> candidates(CurrentUser user, SearchQuery query, long below, int limit);

	/** The records with these ids that the user may see, in any order. */
	List<SearchHit> hits(CurrentUser user, List<Long> ids);

}
