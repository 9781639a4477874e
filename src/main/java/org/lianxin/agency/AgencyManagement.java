package org.lianxin.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.lianxin.agency.internal.AreaCount;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.agency.internal.AgencyRepository;
import org.lianxin.platform.web.LikePattern;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency module's public service. Every read and write goes through the caller's data
 * scope.
 */
@Service
public class AgencyManagement {

	private static final String SELECT = """
			select a.id, a.code, a.name, a.kind, a.region_code, r.name as region_name, a.contact_phone, a.enabled
			from agency a join region_view r on r.code = a.region_code""";

	private final AgencyRepository agencies;

	private final RegionManagement regions;

	private final JdbcClient jdbc;

	private final OperationLog log;

	AgencyManagement(AgencyRepository agencies, RegionManagement regions, JdbcClient jdbc, OperationLog log) {
		this.agencies = agencies;
		this.regions = regions;
		this.jdbc = jdbc;
		this.log = log;
	}

	public AgencyPage list(CurrentUser user, AgencyQuery query) {
		// only the filters in use become SQL: "(:x is null or …)" conditions lead
		// PostgreSQL's
		// cached generic plans astray (30 ms instead of 0.3 ms for a division's list)
		SqlCondition scope = scopeOf(user);
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		Map<String, Object> params = new HashMap<>(scope.params());
		where.add(scope.sql());
		if (query.regionCode() != null && query.regionItselfOnly()) {
			where.add("a.region_code = :regionCode");
			params.put("regionCode", query.regionCode());
		}
		else if (query.regionCode() != null) {
			where.add("r.path like :regionPath");
			params.put("regionPath",
					this.regions.find(query.regionCode()).map(region -> region.path() + "%").orElse("/none/"));
		}
		if (!query.text().isEmpty()) {
			where.add("(a.name like :text or a.code like :text)");
			params.put("text", LikePattern.containing(query.text()));
		}
		if (query.kind() != null) {
			where.add("a.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.enabled() != null) {
			where.add("a.enabled = :enabled");
			params.put("enabled", query.enabled());
		}
		long total = this.jdbc
			.sql("select count(*) from (select 1 from agency a join region_view r on r.code = a.region_code" + where
					+ " limit :countLimit) matches")
			.params(params)
			.param("countLimit", AgencyPage.COUNT_LIMIT + 1)
			.query(Long.class)
			.single();
		var rows = this.jdbc.sql(SELECT + where + " order by a.region_code, a.id limit :limit offset :offset")
			.params(params)
			.param("limit", query.size() + 1)
			.param("offset", (long) query.page() * query.size())
			.query(AgencyView.class)
			.list();
		boolean hasNext = rows.size() > query.size();
		return new AgencyPage(hasNext ? rows.subList(0, query.size()) : rows, Math.min(total, AgencyPage.COUNT_LIMIT),
				total <= AgencyPage.COUNT_LIMIT, hasNext, query.page(), query.size());
	}

	/**
	 * Agencies per area below the top of the caller's scope, for the chart above the
	 * list. Empty for scopes that are not about regions (own agency, own records).
	 */
	public List<AreaCount> countByArea(CurrentUser user) {
		var kind = user.scope().kind();
		if (!kind.regionBound()) {
			return List.of();
		}
		SqlCondition scope = scopeOf(user);
		Region top = this.regions.get(user.regionCode());
		// path '/210800/210802/210802001/' split on '/' gives '', 210800, 210802, …: the
		// area
		// one level below the top is part depth + 3
		return this.jdbc.sql("""
				select area.code as region_code, area.name as region_name, counted.agencies, area.code = :top as top
				from (select coalesce(nullif(split_part(r.path, '/', :part), ''), :top) as code, count(*) as agencies
				      from agency a join region_view r on r.code = a.region_code
				      where %s and r.path like :topPath
				      group by 1) counted
				join region_view area on area.code = counted.code
				order by area.code""".formatted(scope.sql()))
			.params(scope.params())
			.param("part", top.depth() + 3)
			.param("top", top.code())
			.param("topPath", top.path() + "%")
			.query(AreaCount.class)
			.list();
	}

	/** The agency if it exists and lies within the caller's scope; otherwise empty. */
	public Optional<AgencyView> find(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(SELECT + " where a.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(AgencyView.class)
			.optional();
	}

	public AgencyView get(CurrentUser user, long id) {
		return find(user, id).orElseThrow(() -> new NotFoundException("agency " + id));
	}

	/** The first agency with this code, whatever the scope: for loaders and imports. */
	public Optional<Agency> findByCode(String code) {
		return this.agencies.findByCode(code);
	}

	/** Creates an agency in a region within the user's scope. */
	@Transactional
	public Agency create(CurrentUser user, String code, String name, AgencyKind kind, String regionCode,
			String contactPhone) {
		Region region = this.regions.find(regionCode)
			.filter(r -> user.scope().coversRegion(r.code(), r.path()))
			.orElseThrow(() -> new RuleViolationException("regionCode", "agency.region.outside-scope"));
		return insert(code, name, kind, region, contactPhone, user.id());
	}

	/**
	 * Creates an agency on behalf of the system (data loaders), in any existing region.
	 */
	@Transactional
	public Agency createAsSystem(String code, String name, AgencyKind kind, String regionCode) {
		Region region = this.regions.find(regionCode)
			.orElseThrow(() -> new RuleViolationException("regionCode", "agency.region.outside-scope"));
		return insert(code, name, kind, region, null, null);
	}

	private Agency insert(String code, String name, AgencyKind kind, Region region, String contactPhone,
			Long createdBy) {
		if (this.agencies.findByCode(code).isPresent()) {
			throw new RuleViolationException("code", "agency.code.taken", code);
		}
		Agency saved = this.agencies
			.save(Agency.create(code, name.strip(), kind, region.code(), blankToNull(contactPhone), createdBy));
		this.log.record("agency.create", "agency " + saved.id(), code + " " + saved.name());
		return saved;
	}

	@Transactional
	public Agency update(CurrentUser user, long id, String name, AgencyKind kind, String contactPhone,
			boolean enabled) {
		get(user, id); // scope check: out of scope reads as not found
		Agency agency = this.agencies.findById(id).orElseThrow(() -> new NotFoundException("agency " + id));
		Agency saved = this.agencies.save(agency.update(name.strip(), kind, blankToNull(contactPhone), enabled));
		this.log.record("agency.update", "agency " + id,
				saved.name() + (agency.enabled() != enabled ? (enabled ? " enabled" : " disabled") : ""));
		return saved;
	}

	private static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("a.region_code", "a.id", "a.created_by");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
