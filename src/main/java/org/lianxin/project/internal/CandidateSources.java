package org.lianxin.project.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.opinion.OpinionNumbers;
import org.lianxin.platform.web.Backlinks;
import org.lianxin.platform.web.RecordLink;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.suggestion.SuggestionNumbers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The citizens' opinions and deputies' suggestions a candidate is collected from: named
 * by number, found through the opinion and suggestion modules within the office's scope,
 * and shown both ways (on the project, and on each opinion's and suggestion's page).
 */
@Component
public class CandidateSources implements Backlinks {

	/** At most this many of each kind on one candidate. */
	static final int MOST = 20;

	private final OpinionNumbers opinions;

	private final SuggestionNumbers suggestions;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CandidateSources(OpinionNumbers opinions, SuggestionNumbers suggestions, JdbcClient jdbc, MessageSource messages) {
		this.opinions = opinions;
		this.suggestions = suggestions;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * What a candidate page shows of its sources, each as its module words it now.
	 *
	 * @param outsideScope how many sources the reader's data scope does not cover, which
	 * are counted but neither numbered nor named
	 */
	public record Linked(List<RecordLink> opinions, List<RecordLink> suggestions, int outsideScope) {
	}

	/**
	 * The records of those numbers, opinions first; every unknown number, or one outside
	 * the user's scope, is named at once.
	 */
	public List<ProjectSource> resolve(CurrentUser user, long congressId, List<String> opinionNumbers,
			List<String> suggestionNumbers) {
		RuleViolations broken = new RuleViolations();
		List<ProjectSource> found = new ArrayList<>();
		found.addAll(each(broken, Kind.OPINION, opinionNumbers, n -> this.opinions.find(user, n)));
		found.addAll(each(broken, Kind.SUGGESTION, suggestionNumbers, n -> this.suggestions.find(user, congressId, n)));
		broken.throwIfAny();
		return found;
	}

	private static List<ProjectSource> each(RuleViolations broken, Kind kind, List<String> numbers,
			Function<String, Optional<RecordLink>> lookup) {
		String field = (kind == Kind.OPINION) ? "opinions" : "suggestions";
		String key = "project.source." + field;
		if (numbers.size() > MOST) {
			broken.check(() -> {
				throw new RuleViolationException(field, key + ".too-many", MOST);
			});
			return List.of();
		}
		List<ProjectSource> found = new ArrayList<>();
		for (String number : numbers) {
			RecordLink link = broken.get(() -> lookup.apply(number)
				.orElseThrow(() -> new RuleViolationException(field, key + ".unknown", number)));
			if (link != null && found.stream().noneMatch(s -> s.sourceId() == link.id())) {
				found.add(new ProjectSource(kind, link.id(), link.number()));
			}
		}
		return found;
	}

	/** The candidate's sources as they stand now. */
	public Linked of(CurrentUser user, Project project) {
		List<ProjectSource> sources = project.sources();
		List<RecordLink> opinions = this.opinions.of(user, ids(sources, Kind.OPINION));
		List<RecordLink> suggestions = this.suggestions.of(user, ids(sources, Kind.SUGGESTION));
		return new Linked(opinions, suggestions, sources.size() - opinions.size() - suggestions.size());
	}

	private static List<Long> ids(List<ProjectSource> sources, Kind kind) {
		return sources.stream().filter(s -> s.kind() == kind).map(ProjectSource::sourceId).toList();
	}

	/**
	 * The candidates (and projects) an opinion or a suggestion was collected into that
	 * the reader's data scope covers: an office sees its own region's, not a neighbour's
	 * that took up a case of its region.
	 */
	@Override
	public List<Backlink> to(Kind kind, long id, UserDetails reader) {
		if (!(reader instanceof CurrentUser user) || !user.can(ProjectPermissions.VIEW)) {
			return List.of();
		}
		var locale = LocaleContextHolder.getLocale();
		SqlCondition scope = Projects.scope(user);
		return this.jdbc.sql("""
				select p.id, p.year, p.title, p.state from project p
				where p.id in (select s.project_id from project_source s where s.kind = :kind and s.source_id = :id)
				  and %s
				order by p.year, p.id""".formatted(scope.sql()))
			.param("kind", kind.name())
			.param("id", id)
			.params(scope.params())
			.query((rs, n) -> new Backlink("project.collected-into",
					new RecordLink(rs.getLong("id"),
							this.messages.getMessage("project.year.value",
									new Object[] { String.valueOf(rs.getInt("year")) }, locale),
							rs.getString("title"),
							this.messages.getMessage("project.state." + rs.getString("state"), null, locale),
							"/projects/" + rs.getLong("id"))))
			.list();
	}

	/**
	 * Staff who propose candidates may propose one from a case's page, or from a
	 * registered suggestion's (one without a number cannot be named).
	 */
	@Override
	public List<Offer> offers(Kind kind, long id, UserDetails reader) {
		if (!(reader instanceof CurrentUser user) || !user.can(ProjectPermissions.EDIT)
				|| (kind == Kind.SUGGESTION && this.suggestions.source(user, id).isEmpty())) {
			return List.of();
		}
		return List
			.of(new Offer("project.propose-from", "/projects/new?" + kind.name().toLowerCase(Locale.ROOT) + "=" + id));
	}

}
