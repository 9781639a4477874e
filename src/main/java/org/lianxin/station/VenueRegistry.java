package org.lianxin.station;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.lianxin.station.internal.StationedDeputy;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.platform.publiccode.PublicCodes;
import org.lianxin.platform.publiccode.PublicUrls;
import org.lianxin.platform.web.LikePattern;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Liaison venues within the staff user's data scope, and the deputies stationed there.
 */
@Service
public class VenueRegistry {

	private static final String SELECT = """
			select v.id, v.kind, v.name, v.parent_id, p.name as parent_name, v.region_code, r.name as region_name,
			       v.address, v.latitude, v.longitude, v.opening_hours, v.contact_phone, v.enabled,
			       (select count(*) from venue_deputy vd where vd.venue_id = v.id) as stationed_deputies,
			       v.reception_kind, v.reception_day, v.reception_weekday, v.reception_months, v.holiday_rule,
			       v.photo_key is not null as has_photo,
			       (select c.code from venue_public_code c where c.venue_id = v.id and c.revoked_at is null) as public_code
			from venue v join region_view r on r.code = v.region_code left join venue p on p.id = v.parent_id""";

	private final JdbcClient jdbc;

	private final RegionManagement regions;

	private final DeputyRegistry deputies;

	private final OperationLog log;

	private final WorkdayCalendar calendar;

	private final PublicUrls urls;

	VenueRegistry(JdbcClient jdbc, RegionManagement regions, DeputyRegistry deputies, OperationLog log,
			WorkdayCalendar calendar, PublicUrls urls) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.deputies = deputies;
		this.log = log;
		this.calendar = calendar;
		this.urls = urls;
	}

	public List<VenueView> list(CurrentUser user, String regionCode, VenueKind kind, String text) {
		return page(user, regionCode, kind, text, 0, 1000);
	}

	/**
	 * One page of the venues in the user's scope, of a region and below, of a kind, whose
	 * name or address contains the text; each filter may be left out.
	 */
	public List<VenueView> page(CurrentUser user, String regionCode, VenueKind kind, String text, int offset,
			int limit) {
		SqlCondition scope = user.scope().restrict("v.region_code", null, "v.created_by");
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		Map<String, Object> params = new HashMap<>(scope.params());
		where.add(scope.sql());
		if (regionCode != null && !regionCode.isBlank()) {
			where.add("r.path like (select path from region_view where code = :regionCode) || '%'");
			params.put("regionCode", regionCode);
		}
		if (kind != null) {
			where.add("v.kind = :kind");
			params.put("kind", kind.name());
		}
		if (text != null && !text.isBlank()) {
			where.add("(v.name like :text or v.address like :text)");
			params.put("text", LikePattern.containing(text));
		}
		params.put("offset", offset);
		params.put("limit", limit);
		return this.jdbc.sql(SELECT + where + " order by v.region_code, v.kind, v.id offset :offset limit :limit")
			.params(params)
			.query(VenueView.class)
			.list();
	}

	public Optional<VenueView> find(CurrentUser user, long id) {
		SqlCondition scope = user.scope().restrict("v.region_code", null, "v.created_by");
		return this.jdbc.sql(SELECT + " where v.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(VenueView.class)
			.optional();
	}

	public VenueView get(CurrentUser user, long id) {
		return find(user, id).orElseThrow(() -> new NotFoundException("venue " + id));
	}

	@Transactional
	public long create(CurrentUser user, VenueInput input) {
		Region region = regionInScope(user, input.regionCode());
		checkParent(user, input.parentId(), null);
		long id;
		try {
			id = insert(input, region, user.id());
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("name", "venue.name.taken", input.name().strip());
		}
		issueCode(id);
		this.log.record("station.venue.create", "venue " + id, input.name().strip());
		return id;
	}

	/**
	 * Creates a venue on behalf of the system (data loaders) unless one of that name
	 * exists there.
	 */
	@Transactional
	public long createAsSystemIfAbsent(VenueInput input) {
		Optional<Long> existing = this.jdbc.sql("select id from venue where region_code = ? and name = ?")
			.params(input.regionCode(), input.name().strip())
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		Region region = this.regions.get(input.regionCode());
		long id = insert(input, region, null);
		issueCode(id);
		this.log.record("station.venue.create", "venue " + id, input.name().strip());
		return id;
	}

	/** Stations a deputy on behalf of the system (data loaders). */
	@Transactional
	public void stationAsSystem(long venueId, long deputyId, StationedRole role) {
		this.jdbc.sql("insert into venue_deputy (venue_id, deputy_id, role) values (?, ?, ?) on conflict do nothing")
			.params(venueId, deputyId, role.name())
			.update();
	}

	@Transactional
	public void update(CurrentUser user, long id, VenueInput input) {
		get(user, id);
		Region region = regionInScope(user, input.regionCode());
		checkParent(user, input.parentId(), id);
		try {
			this.jdbc
				.sql("""
						update venue set kind = :kind, name = :name, parent_id = :parentId, region_code = :regionCode,
						       address = :address, latitude = :latitude, longitude = :longitude, opening_hours = :openingHours,
						       contact_phone = :contactPhone, enabled = :enabled, reception_kind = :receptionKind,
						      reception_day = :receptionDay, reception_weekday = :receptionWeekday,
						      reception_months = :receptionMonths, holiday_rule = :holidayRule, version = version + 1
						where id = :id""")
				.params(VenueColumns.of(input, region))
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("name", "venue.name.taken", input.name().strip());
		}
		this.log.record("station.venue.update", "venue " + id, input.name().strip());
	}

	/** The deputies stationed at the venue, heads first. */
	public List<StationedDeputy> stationed(long venueId) {
		return this.jdbc
			.sql("""
					select d.id as deputy_id, d.name, vd.role,
					       (select c.code from deputy_card_code_view c where c.deputy_id = d.id) as public_code
					from venue_deputy vd join deputy_view d on d.id = vd.deputy_id
					where vd.venue_id = ? order by case vd.role when 'HEAD' then 0 when 'LIAISON' then 1 else 2 end, d.name""")
			.param(venueId)
			.query(StationedDeputy.class)
			.list();
	}

	/**
	 * Stations a deputy the user can see at a venue the user can see, or changes their
	 * role there.
	 */
	@Transactional
	public void station(CurrentUser user, long venueId, long deputyId, StationedRole role) {
		VenueView venue = get(user, venueId);
		var deputy = this.deputies.find(user, deputyId)
			.orElseThrow(() -> new RuleViolationException("deputyId", "venue.deputy.outside-scope"));
		this.jdbc.sql("""
				insert into venue_deputy (venue_id, deputy_id, role) values (?, ?, ?)
				on conflict (venue_id, deputy_id) do update set role = excluded.role""")
			.params(venueId, deputyId, role.name())
			.update();
		this.log.record("station.venue.station", "venue " + venueId, deputy.name() + " " + role + " @ " + venue.name());
	}

	@Transactional
	public void unstation(CurrentUser user, long venueId, long deputyId) {
		get(user, venueId);
		if (this.jdbc.sql("delete from venue_deputy where venue_id = ? and deputy_id = ?")
			.params(venueId, deputyId)
			.update() == 1) {
			this.log.record("station.venue.unstation", "venue " + venueId, "deputy " + deputyId);
		}
	}

	/**
	 * The venue's next reception days, within the coming three months, at most
	 * {@code count}.
	 */
	public List<LocalDate> nextReceptions(VenueView venue, int count) {
		ReceptionRule rule = venue.receptionRule();
		if (rule == null) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		return rule.datesBetween(today, today.plusMonths(3), this.calendar.workingDays())
			.stream()
			.limit(count)
			.toList();
	}

	/** The venue's active public code, issued on first use. */
	@Transactional
	public String codeOf(long venueId) {
		return this.jdbc.sql("select code from venue_public_code where venue_id = ? and revoked_at is null")
			.param(venueId)
			.query(String.class)
			.optional()
			.orElseGet(() -> issueCode(venueId));
	}

	/** The address a venue's code opens, which its QR code and poster carry. */
	public String publicUrl(String code) {
		return this.urls.of("/v/" + code);
	}

	/** The venue behind a scanned code, if the code is active and the venue open. */
	public Optional<VenueView> byCode(String code) {
		if (!PublicCodes.isWellFormed(code)) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + """
				 join venue_public_code c on c.venue_id = v.id
				where c.code = ? and c.revoked_at is null and v.enabled""")
			.param(code)
			.query(VenueView.class)
			.optional();
	}

	private long insert(VenueInput input, Region region, Long createdBy) {
		return this.jdbc.sql("""
				insert into venue (kind, name, parent_id, region_code, address, latitude, longitude, opening_hours,
				                   contact_phone, enabled, created_by, reception_kind, reception_day, reception_weekday,
				                   reception_months, holiday_rule)
				values (:kind, :name, :parentId, :regionCode, :address, :latitude, :longitude, :openingHours,
				        :contactPhone, :enabled, :createdBy, :receptionKind, :receptionDay, :receptionWeekday,
				        :receptionMonths, :holidayRule) returning id""")
			.params(VenueColumns.of(input, region))
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
	}

	private String issueCode(long venueId) {
		return PublicCodes.issue(this.jdbc, "insert into venue_public_code (code, venue_id) values (?, ?)", venueId);
	}

	private Region regionInScope(CurrentUser user, String regionCode) {
		return this.regions.find(regionCode)
			.filter(r -> user.scope().coversRegion(r.code(), r.path()))
			.orElseThrow(() -> new RuleViolationException("regionCode", "venue.region.outside-scope"));
	}

	private void checkParent(CurrentUser user, Long parentId, Long selfId) {
		if (parentId == null) {
			return;
		}
		if (parentId.equals(selfId) || find(user, parentId).isEmpty()) {
			throw new RuleViolationException("parentId", "venue.parent.invalid");
		}
	}

}
