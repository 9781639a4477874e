package org.lianxin.legislation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.deputy.DeputyList;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.station.VenueView;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each point's roster of informants: who they are, whom they speak for, how to reach them
 * (the phone masked) and since when they consented; enrolling and taking off.
 */
@Service
public class Rosters {

	private final LegislativePoints points;

	private final InformantRepository informants;

	private final PhoneNumbers phones;

	private final OperationLog log;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	private final DeputyList deputies;

	Rosters(LegislativePoints points, InformantRepository informants, PhoneNumbers phones, OperationLog log,
			WorkdayCalendar calendar, JdbcClient jdbc, DeputyList deputies) {
		this.deputies = deputies;
		this.points = points;
		this.informants = informants;
		this.phones = phones;
		this.log = log;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/**
	 * An informant as the roster shows them: the phone masked, and their activity in the
	 * year, which counts towards recognition: opinions given on consultations received
	 * that year, and how many went into a reported or an adopted opinion (counted as the
	 * figures count them).
	 */
	public record InformantRow(long id, String name, InformantField field, String workplace, String phoneMasked,
			LocalDate consentedOn, boolean active, LocalDate leftOn, long given, long reported, long adopted) {
	}

	/** One page of the point's roster, active informants first, then by name. */
	public List<InformantRow> of(CurrentUser user, long pointId, int year, int offset, int limit) {
		this.points.get(user, pointId);
		return this.jdbc.sql("""
				select i.id, i.name, i.field, i.workplace, i.phone_masked, i.consented_on, i.active, i.left_on,
				       coalesce(a.given, 0) as given, coalesce(a.reported, 0) as reported,
				       coalesce(a.adopted, 0) as adopted
				from legislation_informant i left join lateral (
				    select count(*) as given,
				           count(*) filter (where m.state in ('REPORTED', 'ANSWERED')) as reported,
				           count(*) filter (where m.outcome = 'ADOPTED') as adopted
				    from legislation_opinion o join legislation_consultation c on c.id = o.consultation_id
				    left join legislation_merged_opinion m on m.id = o.merged_into
				    where o.informant_id = i.id and extract(year from c.received_on) = ?) a on true
				where i.point_id = ? order by i.active desc, i.name, i.id offset ? limit ?""")
			.params(year, pointId, offset, limit)
			.query(InformantRow.class)
			.list();
	}

	/** An active informant as a pick list shows them. */
	public record Pick(long id, long pointId, String name, String pointName) {
	}

	/** The active informants of the point and of the information points under it. */
	public List<Pick> activeAround(long pointId) {
		return this.jdbc.sql("""
				select i.id, i.point_id, i.name, v.name as point_name from legislation_informant i
				join venue_view v on v.id = i.point_id
				where i.active and (v.id = ? or v.parent_id = ?) order by v.id, i.name limit 2000""")
			.params(pointId, pointId)
			.query(Pick.class)
			.list();
	}

	/** The point's active informants by field, for the counts above its roster. */
	public Map<InformantField, Long> countsByField(long pointId) {
		Map<InformantField, Long> counts = new java.util.EnumMap<>(InformantField.class);
		this.jdbc.sql("select field, count(*) from legislation_informant where point_id = ? and active group by field")
			.param(pointId)
			.query((rs, n) -> counts.put(InformantField.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Enrols the person on the point; every field is checked before anything is written.
	 */
	@Transactional
	public long enrol(CurrentUser user, long pointId, NewInformant input) {
		VenueView point = this.points.get(user, pointId);
		RuleViolations problems = new RuleViolations();
		String name = strip(input.name());
		problems.check(() -> require("name", name, Informant.MAX_NAME));
		InformantField field = problems.get(() -> field(input.field()));
		String workplace = strip(input.workplace());
		problems.check(() -> limit("workplace", workplace, Informant.MAX_WORKPLACE));
		ProtectedPhone phone = problems.get(() -> phone(input.phone()));
		LocalDate today = this.calendar.today();
		LocalDate consentedOn = (input.consentedOn() != null) ? input.consentedOn() : today;
		problems.check(() -> consent(input.consent(), consentedOn, today));
		if (input.deputyId() != null) {
			problems.check(() -> deputy(user, input.deputyId(), field));
		}
		if (phone != null && enrolled(pointId, phone.lookupHash())) {
			problems.check(() -> {
				throw new RuleViolationException("phone", "informant.phone.enrolled");
			});
		}
		problems.throwIfAny();
		Informant informant = this.informants.save(Informant.enrol(pointId, point.regionCode(), name, field,
				workplace.isEmpty() ? null : workplace, phone, consentedOn, input.deputyId(), user.id()));
		this.log.record("legislation.informant.enrol", "informant " + informant.id(), point.name() + " " + name);
		return informant.id();
	}

	/** Takes the informant off the point's roster. */
	@Transactional
	public void leave(CurrentUser user, long pointId, long informantId) {
		this.points.get(user, pointId);
		Informant informant = this.informants.findById(informantId)
			.filter(found -> found.pointId() == pointId)
			.orElseThrow(() -> new NotFoundException("informant " + informantId));
		this.informants.save(informant.leave(this.calendar.today()));
		this.log.record("legislation.informant.leave", "informant " + informantId, null);
	}

	private boolean enrolled(long pointId, String phoneHash) {
		return this.jdbc
			.sql("select count(*) from legislation_informant where point_id = ? and phone_hash = ? and active")
			.params(pointId, phoneHash)
			.query(Long.class)
			.single() > 0;
	}

	private ProtectedPhone phone(String input) {
		if (input == null || input.isBlank()) {
			throw new RuleViolationException("phone", "informant.phone.required");
		}
		if (PhoneNumbers.normalise(input).isEmpty()) {
			throw new RuleViolationException("phone", "informant.phone.invalid");
		}
		return this.phones.protect(input);
	}

	/** Only a deputy the user reaches, and only as an informant of the field DEPUTY. */
	private void deputy(CurrentUser user, long deputyId, InformantField field) {
		if (field != null && field != InformantField.DEPUTY) {
			throw new RuleViolationException("deputyId", "informant.deputy.field");
		}
		if (this.deputies.serving(user).stream().noneMatch(d -> d.id() == deputyId)) {
			throw new RuleViolationException("deputyId", "informant.deputy.unknown");
		}
	}

	private static InformantField field(String input) {
		try {
			return InformantField.valueOf(String.valueOf(input).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("field", "informant.field.invalid");
		}
	}

	private static void consent(boolean given, LocalDate on, LocalDate today) {
		if (!given) {
			throw new RuleViolationException("consent", "informant.consent.required");
		}
		if (on.isAfter(today)) {
			throw new RuleViolationException("consentedOn", "informant.consent.future");
		}
	}

	private static void require(String field, String value, int max) {
		if (value.isEmpty()) {
			throw new RuleViolationException(field, "informant." + field + ".required");
		}
		limit(field, value, max);
	}

	private static void limit(String field, String value, int max) {
		if (value.length() > max) {
			throw new RuleViolationException(field, "informant.too-long", max);
		}
	}

	private static String strip(String value) {
		return (value == null) ? "" : value.strip();
	}

}
