package org.lianxin.opinion.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.lianxin.opinion.internal.OpinionStatus;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases as the GeoReport v2 {@code requests} resource shows them to anyone: the case's
 * number as the request id (the tracking code stays with the citizen, who needs it with
 * their phone digits to open the case), no personal data, and the citizen's words, place,
 * coordinates (to about 100 m) and photo link only where they agreed to publication.
 */
@Component
class Open311Requests {

	/** The most requests one page holds. */
	static final int MAX_RESULTS = 100;

	/**
	 * The deepest a client may page into one query's answer, in requests: past it a
	 * narrower date window is the way, not page 100,000 (each page deeper costs the
	 * database every row before it).
	 */
	static final int MAX_DEPTH = 10_000;

	static final int DEFAULT_WINDOW_DAYS = 90;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ZoneId zone;

	Open311Requests(JdbcClient jdbc, MessageSource messages, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	/**
	 * What a query asks for.
	 *
	 * @param ids request ids (case numbers); when given, the other filters are ignored
	 * (the spec)
	 * @param open {@code true} open only, {@code false} closed only, {@code null} both
	 */
	record Query(String jurisdiction, List<Long> ids, List<String> serviceCodes, OffsetDateTime start,
			OffsetDateTime end, Boolean open, int page, int pageSize) {
	}

	List<Map<String, Object>> find(Query query, Locale locale) {
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		Map<String, Object> params = new HashMap<>();
		where.add("o.region_code in (select code from region_view where path like "
				+ "(select path from region_view where code = :jurisdiction) || '%')");
		params.put("jurisdiction", query.jurisdiction());
		if (!query.ids().isEmpty()) {
			where.add("o.id in (:ids)");
			params.put("ids", query.ids());
		}
		else {
			where.add("o.received_at >= :start and o.received_at < :end");
			params.put("start", query.start());
			params.put("end", query.end());
			if (!query.serviceCodes().isEmpty()) {
				where.add("c.code in (:codes)");
				params.put("codes", query.serviceCodes());
			}
			if (query.open() != null) {
				where.add((query.open() ? "" : "not ") + "o.status in (:openStates)");
				params.put("openStates",
						java.util.Arrays.stream(OpinionStatus.values())
							.filter(OpinionStatus::isOpen)
							.map(Enum::name)
							.toList());
			}
		}
		params.put("limit", query.pageSize());
		params.put("offset", (query.page() - 1L) * query.pageSize());
		// the page is cut first; only its rows then look up their last step, one index
		// probe each (opinion_history_opinion, newest first)
		return this.jdbc.sql("""
				with page as (
				  select o.id, o.status, c.code as service_code, c.name as service_name,
				         case when o.publish_consent then o.description end as description, o.lead_agency_id,
				         o.received_at, o.reply_due_on, case when o.publish_consent then o.place end as place,
				         case when o.publish_consent then round(o.latitude, 3) end as latitude,
				         case when o.publish_consent then round(o.longitude, 3) end as longitude,
				         case when o.publish_consent then o.media_url end as media_url
				  from opinion o join opinion_category c on c.id = o.category_id
				  %s order by o.received_at desc, o.id desc limit :limit offset :offset)
				select page.*, a.name as agency, last_step.at as updated_at
				from page left join agency_view a on a.id = page.lead_agency_id
				left join lateral (select h.at from opinion_history h where h.opinion_id = page.id
				                   order by h.id desc limit 1) last_step on true
				order by page.received_at desc, page.id desc""".formatted(where)).params(params).query((rs, n) -> {
			OpinionStatus status = OpinionStatus.valueOf(rs.getString("status"));
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("service_request_id", String.valueOf(rs.getLong("id")));
			request.put("status", status.isOpen() ? "open" : "closed");
			request.put("status_notes", this.messages.getMessage("opinion.status." + status, null, locale));
			request.put("service_name", rs.getString("service_name"));
			request.put("service_code", rs.getString("service_code"));
			request.put("description", rs.getString("description"));
			request.put("agency_responsible", rs.getString("agency"));
			request.put("service_notice", null);
			request.put("requested_datetime", format(rs.getObject("received_at", OffsetDateTime.class)));
			request.put("updated_datetime", format(rs.getObject("updated_at", OffsetDateTime.class)));
			LocalDate due = rs.getObject("reply_due_on", LocalDate.class);
			request.put("expected_datetime", (due != null && status.isOpen())
					? format(due.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime().minusSeconds(1)) : null);
			request.put("address", rs.getString("place"));
			request.put("address_id", null);
			request.put("zipcode", null);
			request.put("lat",
					(rs.getBigDecimal("latitude") != null) ? rs.getBigDecimal("latitude").doubleValue() : null);
			request.put("long",
					(rs.getBigDecimal("longitude") != null) ? rs.getBigDecimal("longitude").doubleValue() : null);
			request.put("media_url", rs.getString("media_url"));
			// Lianxin's own state, finer than open/closed
			request.put("lianxin_status", status.name());
			return request;
		}).list();
	}

	/** The case a token (its tracking code) belongs to. */
	java.util.Optional<Long> idOfToken(String trackingCode) {
		return this.jdbc.sql("select id from opinion where tracking_code = ?")
			.param(trackingCode)
			.query(Long.class)
			.optional();
	}

	private String format(OffsetDateTime time) {
		return (time != null) ? time.atZoneSameInstant(this.zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null;
	}

}
