package org.lianxin.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.search.SearchSource;

import org.springframework.stereotype.Service;

/**
 * The search box's answer: every source the user may read gives the records containing
 * the query, newest first, up to a window of {@link #WINDOW} per kind; the window is
 * ranked (search_rank, then newest) and paged. A kind with more records than a window
 * continues in the next window ({@link WindowCursor}), so paging through windows reaches
 * every record found while each page costs a bounded read however common the query.
 */
@Service
public class Search {

	/**
	 * Records per kind in one window: ranking a million matches for one page is not
	 * affordable.
	 */
	static final int WINDOW = 500;

	public static final int PAGE_SIZE = 20;

	/**
	 * The order kinds are asked and listed in; a kind not named here comes after them.
	 */
	private static final List<String> KIND_ORDER = List.of("opinion", "suggestion", "duty-record", "issue-item",
			"draft-opinion");

	private final List<SearchSource> sources;

	private final TableQueries tables;

	Search(List<SearchSource> sources, TableQueries tables) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(Search::rankOf)).toList();
		this.tables = tables;
	}

	public SearchResults find(CurrentUser user, SearchQuery query, String more, int page) {
		WindowCursor cursor = WindowCursor.parse(more);
		List<Found> window = new ArrayList<>();
		Map<String, Long> next = new LinkedHashMap<>();
		Map<String, Integer> perKind = new LinkedHashMap<>();
		for (SearchSource source : this.sources) {
			Long below = cursor.below(source.kind());
			if (below == null || !user.can(source.permission())) {
				continue;
			}
			List<SearchCandidate> found = this.tables.candidates(source, user, query, below, WINDOW + 1);
			if (found.size() > WINDOW) {
				found = found.subList(0, WINDOW);
				next.put(source.kind(), found.get(WINDOW - 1).id());
			}
			perKind.put(source.kind(), found.size());
			found.forEach(candidate -> window.add(new Found(source, candidate)));
		}
		window.sort(BEST_FIRST);
		int shownPage = Math.min(Math.max(0, page), window.size() / PAGE_SIZE + 1);
		int first = Math.min(shownPage * PAGE_SIZE, window.size());
		List<Found> shown = window.subList(first, Math.min(first + PAGE_SIZE, window.size()));
		return new SearchResults(query.text(), window.size(), perKind, shownPage, PAGE_SIZE, shown(user, query, shown),
				WindowCursor.next(next));
	}

	private List<SearchResult> shown(CurrentUser user, SearchQuery query, List<Found> page) {
		Map<SearchSource, List<Long>> idsBySource = page.stream()
			.collect(Collectors.groupingBy(Found::source, LinkedHashMap::new,
					Collectors.mapping(found -> found.candidate().id(), Collectors.toList())));
		Map<String, SearchHit> hits = new HashMap<>();
		idsBySource.forEach((source, ids) -> this.tables.hits(source, user, ids)
			.forEach(hit -> hits.put(source.kind() + ":" + hit.id(), hit)));
		List<SearchResult> results = new ArrayList<>();
		for (Found found : page) {
			SearchHit hit = hits.get(found.source().kind() + ":" + found.candidate().id());
			if (hit != null) {
				results.add(new SearchResult(found.source().kind(), hit.id(),
						Highlighting.marked(hit.title(), query.text()), Highlighting.passage(hit.text(), query.text()),
						hit.path(), hit.on(), found.candidate().score()));
			}
		}
		return results;
	}

	private static int rankOf(SearchSource source) {
		int at = KIND_ORDER.indexOf(source.kind());
		return (at < 0) ? KIND_ORDER.size() : at;
	}

	private static final Comparator<Found> BEST_FIRST = Comparator
		.comparingInt((Found found) -> found.candidate().score())
		.reversed()
		.thenComparing(found -> found.candidate().on(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparingInt(found -> rankOf(found.source()))
		.thenComparing(found -> found.candidate().id(), Comparator.reverseOrder());

	private record Found(SearchSource source, SearchCandidate candidate) {
	}

}
