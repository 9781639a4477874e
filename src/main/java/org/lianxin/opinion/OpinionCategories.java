package org.lianxin.opinion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;

import org.lianxin.account.OperationLog;
import org.lianxin.opinion.internal.OpinionCategoryRepository;
import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The opinion categories: what citizens pick from, and what administrators change. */
@Service
public class OpinionCategories {

	private final OpinionCategoryRepository categories;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Caches caches;

	/** One entry: every category by its code. */
	private final Cache<String, Map<String, OpinionCategory>> byCode;

	OpinionCategories(OpinionCategoryRepository categories, JdbcClient jdbc, OperationLog log, Caches caches) {
		this.categories = categories;
		this.jdbc = jdbc;
		this.log = log;
		this.caches = caches;
		this.byCode = caches.of(SharedCache.OPINION_CATEGORIES);
	}

	/** Every category in picker order, disabled ones included. */
	public List<OpinionCategory> all() {
		return this.jdbc.sql("select * from opinion_category order by sort_order, id")
			.query(OpinionCategory.class)
			.list();
	}

	/** What a citizen may choose from. */
	public List<OpinionCategory> enabled() {
		return all().stream().filter(OpinionCategory::enabled).toList();
	}

	/**
	 * The category with this code; answered from a copy in memory, since every citizen's
	 * submission asks and administrators change categories rarely (a change on any node
	 * empties every node's copy).
	 */
	public Optional<OpinionCategory> findByCode(String code) {
		return Optional.ofNullable(this.byCode.get("all", all -> {
			Map<String, OpinionCategory> byCode = new HashMap<>();
			all().forEach(category -> byCode.put(category.code(), category));
			return Map.copyOf(byCode);
		}).get(code));
	}

	public OpinionCategory get(long id) {
		return this.categories.findById(id).orElseThrow(() -> new NotFoundException("opinion category " + id));
	}

	@Transactional
	public OpinionCategory create(String code, String name, String description, boolean allowsAnonymous,
			int sortOrder) {
		if (this.categories.findByCode(code).isPresent()) {
			throw new RuleViolationException("code", "category.code.taken", code);
		}
		requireUniqueName(name.strip(), null);
		OpinionCategory saved = this.categories
			.save(OpinionCategory.create(code, name.strip(), blankToNull(description), allowsAnonymous, sortOrder));
		this.caches.changed(SharedCache.OPINION_CATEGORIES);
		this.log.record("opinion.category.create", "category " + code, saved.name());
		return saved;
	}

	@Transactional
	public OpinionCategory update(long id, String name, String description, boolean allowsAnonymous, int sortOrder,
			boolean enabled) {
		OpinionCategory existing = get(id);
		requireUniqueName(name.strip(), id);
		OpinionCategory saved = this.categories
			.save(existing.update(name.strip(), blankToNull(description), allowsAnonymous, sortOrder, enabled));
		this.caches.changed(SharedCache.OPINION_CATEGORIES);
		this.log.record("opinion.category.update", "category " + existing.code(),
				saved.name() + (existing.enabled() != enabled ? (enabled ? " enabled" : " disabled") : ""));
		return saved;
	}

	/**
	 * Sets the agency suggested at triage for a category in a region and below, unless a
	 * rule is set there already: for loading reference data, not a person's change.
	 * @return whether a rule was added
	 */
	@Transactional
	public boolean routeUnlessRouted(long categoryId, String regionCode, long agencyId) {
		return this.jdbc.sql("""
				insert into opinion_routing_rule (category_id, region_code, agency_id, created_by)
				values (?, ?, ?, 'system') on conflict (category_id, region_code) do nothing""")
			.params(categoryId, regionCode, agencyId)
			.update() > 0;
	}

	private void requireUniqueName(String name, Long exceptId) {
		boolean taken = this.jdbc.sql("select count(*) from opinion_category where name = ? and id is distinct from ?")
			.params(name, exceptId)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new RuleViolationException("name", "category.name.taken", name);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
