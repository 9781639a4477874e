package org.lianxin.opinion.internal;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default agency for a (category, region), edited by administrators and offered as a
 * suggestion at triage: the rule of the case's own region, else of the nearest region
 * above it.
 */
@Service
public class RoutingRules {

	private final JdbcClient jdbc;

	private final RegionManagement regions;

	private final AgencyManagement agencies;

	private final OperationLog log;

	RoutingRules(JdbcClient jdbc, RegionManagement regions, AgencyManagement agencies, OperationLog log) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.agencies = agencies;
		this.log = log;
	}

	/** A rule as the admin page lists it. */
	public record Rule(long id, String categoryName, String regionCode, String regionName, long agencyId,
			String agencyName) {
	}

	/** The suggested lead agency, and the region whose rule gave it. */
	public record Suggestion(long agencyId, String agencyName, String ruleRegionName) {
	}

	public Optional<Suggestion> suggest(long categoryId, String regionCode) {
		return this.jdbc.sql("""
				select r.agency_id, a.name as agency_name, g.name as rule_region_name
				from opinion_routing_rule r join agency_view a on a.id = r.agency_id and a.enabled
				join region_view g on g.code = r.region_code
				where r.category_id = :category
				  and (select path from region_view where code = :region) like g.path || '%'
				order by length(g.path) desc limit 1""")
			.param("category", categoryId)
			.param("region", regionCode)
			.query(Suggestion.class)
			.optional();
	}

	/** The rules of regions the user's scope reaches. */
	public List<Rule> list(CurrentUser user) {
		SqlCondition scope = user.scope().restrict("r.region_code", null, null);
		return this.jdbc.sql("""
				select r.id, c.name as category_name, r.region_code, g.name as region_name, r.agency_id,
				       a.name as agency_name
				from opinion_routing_rule r join opinion_category c on c.id = r.category_id
				join region_view g on g.code = r.region_code join agency_view a on a.id = r.agency_id
				where %s
				order by g.path, c.sort_order""".formatted(scope.sql()))
			.params(scope.params())
			.query(Rule.class)
			.list();
	}

	@Transactional
	public void save(CurrentUser user, long categoryId, String regionCode, long agencyId) {
		Region region = this.regions.find(regionCode)
			.filter(r -> user.scope().coversRegion(r.code(), r.path()))
			.orElseThrow(() -> new RuleViolationException("regionCode", "opinion.region.outside-scope"));
		this.agencies.find(user, agencyId)
			.orElseThrow(() -> new RuleViolationException("agencyId", "opinion.agency.invalid"));
		try {
			this.jdbc.sql("""
					insert into opinion_routing_rule (category_id, region_code, agency_id, created_by)
					values (?, ?, ?, ?)
					on conflict (category_id, region_code) do update set agency_id = excluded.agency_id""")
				.params(categoryId, region.code(), agencyId, user.username())
				.update();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new RuleViolationException("categoryId", "opinion.category.invalid");
		}
		this.log.record("opinion.routing.save", "category " + categoryId, region.code() + " → agency " + agencyId);
	}

	@Transactional
	public void remove(CurrentUser user, long id) {
		Rule rule = list(user).stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("routing rule " + id));
		this.jdbc.sql("delete from opinion_routing_rule where id = ?").param(id).update();
		this.log.record("opinion.routing.remove", "rule " + id, rule.regionName() + " " + rule.categoryName());
	}

}
