package org.lianxin.project.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monthly reports of chosen projects as clocks of the supervision watch: a month's
 * report is due by the month's last day; a project's clock is its earliest month not
 * reported (its stage is that month, e.g. {@code 2026-05}), until its targets are met.
 */
@Component
class ProjectReportClocks implements SupervisedClocks {

	static final String SUBJECT = "PROJECT_REPORT";

	private final JdbcClient jdbc;

	private final ProjectRepository repository;

	ProjectReportClocks(JdbcClient jdbc, ProjectRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.jdbc.sql("""
				select p.id as subject_id, to_char(x.m, 'YYYY-MM') as stage,
				       (x.m + interval '1 month' - interval '1 day')::date as due_on, p.region_code,
				       p.lead_agency_id as agency_id,
				       case when p.report_stage = to_char(x.m, 'YYYY-MM') then p.report_level else 0 end as level
				from project p
				cross join lateral (
				    select min(g)::date as m
				    from generate_series(date_trunc('month', p.starts_on), date_trunc('month', least(:by, p.due_on)),
				                         interval '1 month') g
				    where (g + interval '1 month' - interval '1 day')::date <= :by
				      and not exists (select 1 from project_report r where r.project_id = p.id and r.month = g::date)) x
				where p.state = 'CHOSEN' and x.m is not null and p.id > :after
				  and exists (select 1 from project_target t where t.project_id = p.id and t.done < t.planned)
				order by p.id limit :limit""")
			.param("by", by)
			.param("after", afterId)
			.param("limit", limit)
			.query(Clock.class)
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		boolean stillMissing = this.jdbc
			.sql("""
					select count(*) from project p where p.id = ? and p.state = 'CHOSEN'
					  and not exists (select 1 from project_report r where r.project_id = p.id and to_char(r.month, 'YYYY-MM') = ?)""")
			.params(clock.subjectId(), clock.stage())
			.query(Long.class)
			.single() > 0;
		if (!stillMissing) {
			return false;
		}
		this.repository.findById(clock.subjectId())
			.ifPresent(project -> this.repository.save(project.escalated(clock.stage(), level)));
		return true;
	}

	@Override
	public String pathOf(long subjectId) {
		return "/projects/" + subjectId;
	}

}
