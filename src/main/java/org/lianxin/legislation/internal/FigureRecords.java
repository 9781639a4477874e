package org.lianxin.legislation.internal;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.stereotype.Service;

/**
 * The records behind each figure of {@link LegislationFigures}, counted the same way so
 * that a number and the list it opens always agree: the consultations, those with a
 * draft, the opinions gathered, and the merged opinions reported, adopted or partly
 * adopted; for a point or an informant, their own opinions that went into those.
 */
@Service
public class FigureRecords {

	private final LegislationFigures figures;

	FigureRecords(LegislationFigures figures) {
		this.figures = figures;
	}

	/** Which figure's records. */
	public enum Kind {

		CONSULTATIONS, DRAFTS, OPINIONS, REPORTED, ADOPTED, PARTLY_ADOPTED;

		/** The kind named in a request, or a message naming the parameter. */
		public static Kind of(String input) {
			try {
				return valueOf(String.valueOf(input).strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolationException("kind", "legislation.records.kind.invalid");
			}
		}

	}

	/**
	 * One record: a consultation (article and opinion empty), an opinion or a merged
	 * opinion, with the consultation it belongs to.
	 */
	public record Row(long consultationId, String consultationTitle, Long opinionId, Integer articleNumber, String text,
			String pointName, String state) {
	}

	/** Whose share: the whole count, one point's or one informant's. */
	public record Whose(Long pointId, Long informantId) {

		boolean anyone() {
			return this.pointId == null && this.informantId == null;
		}

	}

	public List<Row> of(CurrentUser user, String region, Integer year, Kind kind, Whose whose, int offset, int limit) {
		String sql = switch (kind) {
			case CONSULTATIONS, DRAFTS -> consultations(kind == Kind.DRAFTS);
			case OPINIONS -> whose.anyone() ? newestOpinions() : opinions("true", whose);
			case REPORTED, ADOPTED, PARTLY_ADOPTED ->
				whose.anyone() ? mergedOpinions(condition(kind)) : opinions(condition(kind), whose);
		};
		return this.figures.query(user, region, year, sql)
			.param("point", whose.pointId())
			.param("informant", whose.informantId())
			.param("offset", offset)
			.param("limit", limit)
			.query(Row.class)
			.list();
	}

	private static String condition(Kind kind) {
		return switch (kind) {
			case ADOPTED -> "m.outcome = 'ADOPTED'";
			case PARTLY_ADOPTED -> "m.outcome = 'PARTLY_ADOPTED'";
			default -> "m.state in ('REPORTED', 'ANSWERED')";
		};
	}

	private static String consultations(boolean withDraft) {
		return """
				select c.id as consultation_id, c.title as consultation_title, null::bigint as opinion_id,
				       null::integer as article_number, c.source_body as text, v.name as point_name, c.stage as state
				from legislation_consultation c join venue_view v on v.id = c.point_id
				where c.id in (select id from counted) and (%s or c.current_version > 0)
				order by c.id desc offset :offset limit :limit""".formatted(!withDraft);
	}

	/**
	 * A point's or an informant's opinions are a condition only when asked for: written
	 * as "is null or", the database could not use the index on it once the statement was
	 * prepared for any value (a point's opinions took seconds).
	 */
	private static String opinions(String condition, Whose whose) {
		String own = ((whose.pointId() != null) ? " and o.point_id = :point" : "")
				+ ((whose.informantId() != null) ? " and o.informant_id = :informant" : "");
		return """
				select c.id as consultation_id, c.title as consultation_title, o.id as opinion_id,
				       o.article_number, o.text, v.name as point_name, coalesce(m.outcome, m.state) as state
				from legislation_opinion o join legislation_consultation c on c.id = o.consultation_id
				join venue_view v on v.id = o.point_id
				left join legislation_merged_opinion m on m.id = o.merged_into
				where o.consultation_id in (select id from counted) and %s%s
				order by o.id desc offset :offset limit :limit""".formatted(condition, own);
	}

	/**
	 * All the opinions of the counted consultations, newest first: each consultation's
	 * newest ids from its index (as many as the page reaches), then the page of those.
	 * Sorting every opinion of a division's consultations (a hundred thousand at 1m) took
	 * a second; this reads at most a page's depth per consultation.
	 */
	private static String newestOpinions() {
		// each record of the page found by its id (a lateral with a limit, which the
		// planner
		// keeps as it is): a plan made for any page size joined the page to every opinion
		return """
				select r.* from (
				    select newest.id from counted k cross join lateral (
				        select n.id from legislation_opinion n where n.consultation_id = k.id
				        order by n.id desc limit :offset + :limit) newest
				    order by newest.id desc offset :offset limit :limit) page
				cross join lateral (
				    select c.id as consultation_id, c.title as consultation_title, o.id as opinion_id,
				           o.article_number, o.text, v.name as point_name, coalesce(m.outcome, m.state) as state
				    from legislation_opinion o join legislation_consultation c on c.id = o.consultation_id
				    join venue_view v on v.id = o.point_id
				    left join legislation_merged_opinion m on m.id = o.merged_into
				    where o.id = page.id limit 1) r
				order by r.opinion_id desc""";
	}

	private static String mergedOpinions(String condition) {
		return """
				select c.id as consultation_id, c.title as consultation_title, m.id as opinion_id,
				       m.article_number, m.text, v.name as point_name, coalesce(m.outcome, m.state) as state
				from legislation_merged_opinion m join legislation_consultation c on c.id = m.consultation_id
				join venue_view v on v.id = c.point_id
				where m.consultation_id in (select id from counted) and %s
				order by m.id desc offset :offset limit :limit""".formatted(condition);
	}

}
