package org.lianxin.project.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.OpinionNumbers;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.region.Congress;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.suggestion.SuggestionNumbers;

import org.springframework.stereotype.Component;

/**
 * The candidate form as an opinion's or a suggestion's page opens it ("提为民生实事候选项目"):
 * filled in from the record, so that saving it keeps the link. Only what maps is filled:
 * a category of the same name, the case's place as the location, the congress of the
 * record (a case's: that of its region or the nearest above it with one); the office
 * completes the rest.
 */
@Component
public class CandidateDrafts {

	private final OpinionNumbers opinions;

	private final SuggestionNumbers suggestions;

	private final Projects projects;

	private final RegionManagement regions;

	CandidateDrafts(OpinionNumbers opinions, SuggestionNumbers suggestions, Projects projects,
			RegionManagement regions) {
		this.opinions = opinions;
		this.suggestions = suggestions;
		this.projects = projects;
		this.regions = regions;
	}

	/** What the form shows before the office types: all blank for a new candidate. */
	public record CandidateDraft(Long congressId, String title, Long categoryId, String location, String opinions,
			String suggestions) {

		public static final CandidateDraft BLANK = new CandidateDraft(null, null, null, null, null, null);

	}

	/**
	 * The draft from the case or the suggestion named (at most one of each); a record the
	 * user's scope does not cover is not found.
	 */
	public CandidateDraft from(CurrentUser user, Long opinionId, Long suggestionId) {
		if (suggestionId != null) {
			var source = this.suggestions.source(user, suggestionId)
				.orElseThrow(() -> new NotFoundException("suggestion " + suggestionId));
			return new CandidateDraft(source.congressId(), source.link().title(), category(source.category()), null,
					null, source.link().number());
		}
		if (opinionId != null) {
			var source = this.opinions.source(user, opinionId)
				.orElseThrow(() -> new NotFoundException("opinion " + opinionId));
			return new CandidateDraft(congressOf(user, source.regionCode()), source.excerpt(),
					category(source.category()), source.place(), source.link().number(), null);
		}
		return CandidateDraft.BLANK;
	}

	private Long category(String name) {
		return this.projects.categories()
			.stream()
			.filter(c -> Objects.equals(c.name(), name))
			.map(Projects.Category::id)
			.findFirst()
			.orElse(null);
	}

	/** The latest congress of the region or the nearest above it that has one. */
	private Long congressOf(CurrentUser user, String regionCode) {
		List<Region> lineage = this.regions.lineage(regionCode);
		for (int i = lineage.size() - 1; i >= 0; i--) {
			Region region = lineage.get(i);
			Optional<Congress> latest = this.regions.congressesOf(region.code()).stream().findFirst();
			if (latest.isPresent() && user.scope().coversRegion(region.code(), region.path())) {
				return latest.get().id();
			}
		}
		return null;
	}

}
