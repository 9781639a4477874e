package org.lianxin.region;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.OperationLog;
import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.internal.RegionRepository;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region module's public service: the tree, its congresses, and changes to both. */
@Service
public class RegionManagement {

	private final RegionRepository regions;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Caches caches;

	/** The regions asked for, by code; an unknown code is not kept. */
	private final Cache<String, Region> byCode;

	RegionManagement(RegionRepository regions, JdbcClient jdbc, OperationLog log, Caches caches) {
		this.regions = regions;
		this.jdbc = jdbc;
		this.log = log;
		this.caches = caches;
		this.byCode = caches.of(SharedCache.REGIONS);
	}

	/**
	 * The region with this code; answered from a copy in memory, since every submission
	 * asks and regions change rarely (a change on any node empties every node's copy).
	 */
	public Optional<Region> find(String code) {
		return (code == null) ? Optional.empty()
				: Optional.ofNullable(this.byCode.get(code, known -> this.regions.findById(known).orElse(null)));
	}

	public Region get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("region " + code));
	}

	/** Every region, in tree order (each parent followed by its subtree). */
	public List<Region> all() {
		return this.jdbc.sql("select * from region order by path").query(Region.class).list();
	}

	public List<Region> childrenOf(String parentCode) {
		return this.jdbc.sql("select * from region where parent_code = ? order by code")
			.param(parentCode)
			.query(Region.class)
			.list();
	}

	public List<Region> roots() {
		return this.jdbc.sql("select * from region where parent_code is null order by code").query(Region.class).list();
	}

	/** The region and its ancestors, root first: what a breadcrumb shows. */
	public List<Region> lineage(String code) {
		Region region = get(code);
		return this.jdbc.sql("select * from region where ? like path || '%' order by length(path)")
			.param(region.path())
			.query(Region.class)
			.list();
	}

	public List<Congress> congressesOf(String regionCode) {
		return this.jdbc.sql("select * from congress where region_code = ? order by term_number desc")
			.param(regionCode)
			.query(Congress.class)
			.list();
	}

	@Transactional
	public Region create(String code, String name, RegionLevel level, String parentCode) {
		if (this.regions.existsById(code)) {
			throw new RuleViolationException("code", "region.code.taken", code);
		}
		Region parent = null;
		if (parentCode != null && !parentCode.isBlank()) {
			parent = find(parentCode)
				.orElseThrow(() -> new RuleViolationException("parentCode", "region.parent.unknown"));
			if (!level.canBeChildOf(parent.level())) {
				throw new RuleViolationException("level", "region.level.mismatch");
			}
			if (!code.startsWith(parent.codePrefixForChildren()) || code.length() < parent.code().length()) {
				throw new RuleViolationException("code", "region.code.outside-parent", parent.codePrefixForChildren());
			}
		}
		else if (level != RegionLevel.PROVINCE && level != RegionLevel.CITY) {
			throw new RuleViolationException("parentCode", "region.parent.required");
		}
		Region saved = this.regions.save(Region.create(code, name.strip(), level, parent));
		this.caches.changed(SharedCache.REGIONS);
		this.log.record("region.create", "region " + code, saved.name());
		return saved;
	}

	@Transactional
	public Region update(String code, String name, boolean enabled) {
		Region existing = this.regions.findById(code).orElseThrow(() -> new NotFoundException("region " + code));
		Region saved = this.regions.save(existing.rename(name.strip(), enabled));
		this.caches.changed(SharedCache.REGIONS);
		this.log.record("region.update", "region " + code,
				saved.name() + ((existing.enabled() != enabled) ? (enabled ? " enabled" : " disabled") : ""));
		return saved;
	}

	/** Adds a congress term unless that term of that region is already known. */
	@Transactional
	public void addCongressTerm(String regionCode, String name, int termNumber, java.time.LocalDate start,
			java.time.LocalDate end) {
		this.jdbc.sql("""
				insert into congress (region_code, name, term_number, term_start, term_end) values (?, ?, ?, ?, ?)
				on conflict (region_code, term_number) do nothing""")
			.params(regionCode, name, termNumber, start, end)
			.update();
	}

}
