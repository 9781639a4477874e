package org.lianxin.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;

import org.springframework.stereotype.Component;

/**
 * What a module tells the public page cache when it changes what a cached public page
 * shows, so that only those pages are rendered anew: the public page of the year's
 * livelihood projects is kept per region and year asked, and a change to a project of one
 * region and year concerns only the pages of that region, the regions above it (and all
 * regions), for that year and those that show it (and the current year's). The candidates
 * page of each is forgotten with it.
 */
@Component
public class PublicPages {

	private final Caches caches;

	PublicPages(Caches caches) {
		this.caches = caches;
	}

	/**
	 * The projects pages asked for any of these regions (or none) and any of these years
	 * (or none) have changed, in every language, over plain and secure connections.
	 */
	public void projectsChanged(Collection<String> regionCodes, Collection<Integer> years) {
		Set<String> regions = new LinkedHashSet<>(regionCodes);
		regions.add(null);
		Set<String> shown = new LinkedHashSet<>();
		years.forEach(year -> shown.add(String.valueOf(year)));
		shown.add(null);
		List<String> keys = new ArrayList<>();
		for (String language : PublicPageCache.LANGUAGES) {
			for (boolean secure : new boolean[] { false, true }) {
				for (String region : regions) {
					for (String year : shown) {
						keys.addAll(PublicPageCache.projectsKeys(language, secure, region, year));
					}
				}
			}
		}
		this.caches.changed(SharedCache.PUBLIC_PROJECT_PAGES, keys);
	}

}
