package org.lianxin.project.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.SupervisedProjects;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's 督办 list reads its agencies' names in one query, however many 督办 it has
 * (issue 14 review: one query per 督办 before).
 */
@LianxinTest
class ProjectDubanQueriesTests {

	@Autowired
	ProjectDubans dubans;

	@Autowired
	ProjectDubanRepository repository;

	@Autowired
	ProjectRepository projectRepository;

	@Autowired
	SupervisionGroups groups;

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void the_dubans_of_a_project_are_listed_with_their_agencies_in_one_query_however_many_there_are() {
		var fixtures = new SupervisedProjects(this.projects, this.votes, this.surveys, this.accounts, this.regions,
				this.calendar, this.jdbc);
		long id = fixtures.chosen(2093, "背街小巷照明改造（督办列表）");
		long lead = Staff.load(this.accounts, "agency-210811").scope().agencyId();
		// another agency a 督办 may go to (of the project's region or above)
		long other = this.dubans.agencies(this.projectRepository.findById(id).orElseThrow())
			.stream()
			.mapToLong(ProjectDubans.Agency::id)
			.filter(a -> a != lead)
			.findFirst()
			.orElseThrow();
		for (int i = 0; i < 4; i++) {
			this.dubans.issue(fixtures.office(), id, (i % 2 == 0) ? null : other, "请报告进度（" + i + "）",
					this.calendar.today().plusDays(10));
		}
		AtomicInteger statements = new AtomicInteger();
		ProjectDubans counted = new ProjectDubans(this.repository, this.projectRepository, this.groups, this.calendar,
				JdbcClient.create(counting(statements)));

		var lines = counted.of(id);

		assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line.agency()).isNotBlank());
		assertThat(lines).extracting(ProjectDubans.DubanLine::agency).containsOnly(agencyName(lead), agencyName(other));
		assertThat(statements).hasValue(1);
	}

	private String agencyName(long id) {
		return this.jdbc.sql("select name from agency where id = ?").param(id).query(String.class).single();
	}

	/** The data source, counting the statements prepared on its connections. */
	private DataSource counting(AtomicInteger statements) {
		return new DelegatingDataSource(this.dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
						new Class<?>[] { Connection.class }, (proxy, method, args) -> {
							if (method.getName().startsWith("prepare")) {
								statements.incrementAndGet();
							}
							try {
								return method.invoke(connection, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
	}

}
