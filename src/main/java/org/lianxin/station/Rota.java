package org.lianxin.station;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.station.internal.StationedDeputy;
import org.lianxin.station.internal.DutyDay;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rota (轮值): which deputies receive the public at a venue on each reception day. A
 * deputy already on duty elsewhere that day is warned about, not refused: the office
 * decides.
 */
@Service
public class Rota {

	/**
	 * The public sees the rota of the coming reception days once it is at least this far
	 * ahead.
	 */
	public static final int PUBLIC_NOTICE_DAYS = 3;

	private final JdbcClient jdbc;

	private final VenueRegistry venues;

	private final DeputyRegistry deputies;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	Rota(JdbcClient jdbc, VenueRegistry venues, DeputyRegistry deputies, WorkdayCalendar calendar, OperationLog log) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.deputies = deputies;
		this.calendar = calendar;
		this.log = log;
	}

	/** What an assignment turned out to be. */
	public record Assignment(boolean doubleBooked, List<String> elsewhere) {
	}

	/** Puts a deputy on duty at a venue on one of its coming reception days. */
	@Transactional
	public Assignment assign(CurrentUser user, long venueId, LocalDate day, long deputyId) {
		VenueView venue = this.venues.get(user, venueId);
		var deputy = this.deputies.find(user, deputyId)
			.orElseThrow(() -> new RuleViolationException("deputyId", "venue.deputy.outside-scope"));
		if (!this.venues.nextReceptions(venue, 366).contains(day)) {
			throw new RuleViolationException("day", "rota.not-a-reception-day");
		}
		List<String> elsewhere = this.jdbc.sql("""
				select v.name from rota_assignment a join venue v on v.id = a.venue_id
				where a.deputy_id = ? and a.day = ? and a.venue_id <> ? order by v.name""")
			.params(deputyId, day, venueId)
			.query(String.class)
			.list();
		this.jdbc.sql("insert into rota_assignment (venue_id, day, deputy_id) values (?, ?, ?) on conflict do nothing")
			.params(venueId, day, deputyId)
			.update();
		this.log.record("station.rota.assign", "venue " + venueId, day + " " + deputy.name()
				+ (elsewhere.isEmpty() ? "" : " (also on duty at " + String.join(", ", elsewhere) + ")"));
		return new Assignment(!elsewhere.isEmpty(), elsewhere);
	}

	@Transactional
	public void unassign(CurrentUser user, long venueId, LocalDate day, long deputyId) {
		this.venues.get(user, venueId);
		if (this.jdbc.sql("delete from rota_assignment where venue_id = ? and day = ? and deputy_id = ?")
			.params(venueId, day, deputyId)
			.update() == 1) {
			this.log.record("station.rota.unassign", "venue " + venueId, day + " deputy " + deputyId);
		}
	}

	/**
	 * The venue's coming reception days with the deputies on duty (the rota is public).
	 */
	public List<DutyDay> upcoming(VenueView venue, int count) {
		return withDuty(venue.id(), this.venues.nextReceptions(venue, count));
	}

	/** A deputy's duty days from today on, with the venue: their calendar feed. */
	public List<DeputyDuty> dutiesOf(long deputyId) {
		return this.jdbc.sql("""
				select a.day, v.name as venue_name, v.address
				from rota_assignment a join venue v on v.id = a.venue_id
				where a.deputy_id = ? and a.day >= ? order by a.day, v.name""")
			.params(deputyId, this.calendar.today().minusMonths(1))
			.query(DeputyDuty.class)
			.list();
	}

	/** A duty day in a deputy's calendar. */
	public record DeputyDuty(LocalDate day, String venueName, String address) {
	}

	private List<DutyDay> withDuty(long venueId, List<LocalDate> days) {
		if (days.isEmpty()) {
			return List.of();
		}
		record Row(LocalDate day, long deputyId, String name, StationedRole role, String publicCode) {
		}
		Map<LocalDate, List<Row>> byDay = this.jdbc.sql("""
				select a.day, d.id as deputy_id, d.name, coalesce(vd.role, 'MEMBER') as role,
				       (select c.code from deputy_card_code_view c where c.deputy_id = d.id) as public_code
				from rota_assignment a join deputy_view d on d.id = a.deputy_id
				left join venue_deputy vd on vd.venue_id = a.venue_id and vd.deputy_id = a.deputy_id
				where a.venue_id = :venue and a.day between :from and :to order by a.day, d.name""")
			.param("venue", venueId)
			.param("from", days.get(0))
			.param("to", days.get(days.size() - 1))
			.query(Row.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::day));
		List<DutyDay> result = new ArrayList<>();
		for (LocalDate day : days) {
			result.add(new DutyDay(day,
					byDay.getOrDefault(day, List.of())
						.stream()
						.map(r -> new StationedDeputy(r.deputyId(), r.name(), r.role(), r.publicCode()))
						.toList()));
		}
		return result;
	}

}
