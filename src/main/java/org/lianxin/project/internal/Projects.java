package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lianxin.project.NewProject;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates and the year's projects within the user's scope: proposing, reading, and the
 * lead agency's (or the office's) progress steps.
 */
@Service
public class Projects {

	/** The most rows a whole list (an export, the mid-year board) reads. */
	private static final int LIST_LIMIT = 500;

	private final ProjectRepository repository;

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	private final ProjectRows rows;

	private final CandidateSources sources;

	Projects(ProjectRepository repository, JdbcClient jdbc, WorkdayCalendar calendar, ProjectRows rows,
			CandidateSources sources) {
		this.rows = rows;
		this.sources = sources;
		this.repository = repository;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** A project in a list, with its derived progress and status. */
	public record Row(long id, String regionCode, int year, String title, String category, String state, Integer votes,
			BigDecimal budget, BigDecimal progress, ProjectStatus status, String leadAgency) {
	}

	/** A candidate for a congress of the user's scope; proposed last in its year. */
	@Transactional
	public long propose(CurrentUser user, NewProject spec) {
		SqlCondition reach = user.scope().restrict("c.region_code", null, null);
		String region = this.jdbc
			.sql("select c.region_code from congress_view c where c.id = :congress and " + reach.sql())
			.param("congress", spec.congressId())
			.params(reach.params())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RuleViolationException("congressId", "project.congress.invalid"));
		if (this.jdbc.sql("select count(*) from project_category where id = ? and enabled")
			.param(spec.categoryId())
			.query(Long.class)
			.single() == 0) {
			throw new RuleViolationException("categoryId", "project.category.invalid");
		}
		if (this.jdbc.sql("select count(*) from project_vote where congress_id = ? and year = ?")
			.params(spec.congressId(), spec.year())
			.query(Long.class)
			.single() > 0) {
			throw new RuleViolationException(null, "project.vote.started");
		}
		// the proposal's own rules and its sources' numbers, every broken one at once
		RuleViolations broken = new RuleViolations();
		broken.check(spec::check);
		List<ProjectSource> found = broken
			.get(() -> this.sources.resolve(user, spec.congressId(), spec.opinions(), spec.suggestions()));
		broken.throwIfAny();
		int order = this.repository.findByCongressIdAndYearOrderByProposedOrder(spec.congressId(), spec.year()).size()
				+ 1;
		return this.repository.save(Project.propose(spec, region, order, found, user.id())).id();
	}

	public Optional<Project> find(CurrentUser user, long id) {
		SqlCondition scope = scope(user);
		boolean visible = this.jdbc.sql("select count(*) from project p where p.id = :id and " + scope.sql())
			.param("id", id)
			.params(scope.params())
			.query(Long.class)
			.single() > 0;
		return visible ? this.repository.findById(id) : Optional.empty();
	}

	public Project get(CurrentUser user, long id) {
		return find(user, id).orElseThrow(() -> new NotFoundException("project " + id));
	}

	/** The projects of the scope, of a region and below and of a year when given. */
	public List<Row> list(CurrentUser user, String region, Integer year) {
		return rows(scope(user), region, year, 0, LIST_LIMIT);
	}

	/** A page of {@link #list}. */
	public List<Row> page(CurrentUser user, String region, Integer year, int offset, int limit) {
		return rows(scope(user), region, year, offset, limit);
	}

	/** A page of the chosen projects of a region and year, for everyone. */
	public List<Row> published(String region, Integer year, int offset, int limit) {
		return rows(new SqlCondition("p.state = 'CHOSEN'", java.util.Map.of()), region, year, offset, limit);
	}

	private List<Row> rows(SqlCondition scope, String region, Integer year, int offset, int limit) {
		List<Long> ids = this.jdbc.sql("""
				select p.id from project p join region_view r on r.code = p.region_code
				where %s and (cast(:region as varchar) is null
				              or r.path like (select path from region_view where code = :region) || '%%')
				  and (cast(:year as integer) is null or p.year = :year)
				order by p.year desc, p.region_code, p.state, p.proposed_order, p.id
				offset :offset limit :limit""".formatted(scope.sql()))
			.params(scope.params())
			.param("region", (region == null || region.isBlank()) ? null : region)
			.param("year", year)
			.param("offset", offset)
			.param("limit", limit)
			.query(Long.class)
			.list();
		return this.rows.of(ids, this.calendar.today());
	}

	/** Measured quantities, one per target (a lower one needs the reason). */
	@Transactional
	public void measure(CurrentUser user, long id, List<BigDecimal> quantities, String reason) {
		this.repository.save(reportable(user, id).measured(quantities, reason, this.calendar.today(), user.id()));
	}

	@Transactional
	public void reach(CurrentUser user, long id, int milestone, LocalDate on, String photoKey) {
		this.repository.save(reportable(user, id).reached(milestone, on, photoKey, user.id()));
	}

	@Transactional
	public void money(CurrentUser user, long id, BigDecimal committed, BigDecimal spent) {
		this.repository.save(reportable(user, id).money(committed, spent, user.id()));
	}

	/** The project, if the user reports for it: its lead agency, or an office. */
	Project reportable(CurrentUser user, long id) {
		Project project = get(user, id);
		if (!user.can(ProjectPermissions.REPORT)) {
			throw new RuleViolationException(null, "project.report.not-yours");
		}
		return project;
	}

	public List<Category> categories() {
		return this.jdbc.sql("select id, name from project_category where enabled order by sort_order, id")
			.query(Category.class)
			.list();
	}

	/** A kind of project. */
	public record Category(long id, String name) {
	}

	static SqlCondition scope(CurrentUser user) {
		return user.scope().restrict("p.region_code", "p.lead_agency_id", "p.created_by");
	}

}
