package org.lianxin.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.lianxin.LianxinApplication;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionCategory;
import org.lianxin.platform.files.FileStore;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two application nodes on one PostgreSQL, each with its own port, pool, caches and
 * scheduler, sharing only what a real deployment shares (the database, the files
 * directory, the phone key), behave as one: a person signed in on one is signed in on the
 * other, a staff change on one shows on the other's public pages within a second, the
 * public rate limit counts both, a job runs once, and a node with another phone key
 * refuses to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	/** Within this a change made on one node must show on the other. */
	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	private static final int BURST = 5;

	/** Every run of the counted job, as "node execution-time", on either node. */
	static final Queue<String> jobRuns = new ConcurrentLinkedQueue<>();

	EmbeddedServer database;

	Path files;

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	final Browser admin = new Browser();

	@BeforeAll
	void startTwoNodesOnOneDatabase() throws Exception {
		this.database = EmbeddedServer.start(new EmbeddedPostgresProperties(Path.of("unused"), 0, true));
		this.files = Files.createTempDirectory("lianxin-shared-files-");
		this.nodeA = start("a");
		// the second node finds the schema and the demo city in place, as a node added
		// later
		this.nodeB = start("b");
		signIn(this.admin, url(this.nodeA), "admin");
	}

	@AfterAll
	void stopBoth() throws Exception {
		try {
			for (ConfigurableApplicationContext node : List.of(this.nodeA, this.nodeB)) {
				HikariDataSource pool = node.getBean(HikariDataSource.class);
				assertThat(within(Duration.ofSeconds(10), () -> pool.getHikariPoolMXBean().getActiveConnections() == 0))
					.as("no connection left checked out; the cache listener's is outside the pool")
					.isTrue();
			}
		}
		finally {
			this.nodeB.close();
			this.nodeA.close();
			this.database.close();
		}
	}

	@Test
	void a_session_begun_on_one_node_is_signed_in_on_the_other() throws Exception {
		assertThat(this.admin.get(url(this.nodeB) + "/console").statusCode()).isEqualTo(200);
		assertThat(new Browser().get(url(this.nodeB) + "/console").statusCode()).as("without the session")
			.isEqualTo(302);
	}

	@Test
	void a_deputy_changed_on_one_node_shows_on_the_others_public_card_within_a_second() throws Exception {
		long id = this.nodeA.getBean(JdbcClient.class)
			.sql("select id from deputy where name = '郑红霞'")
			.query(Long.class)
			.single();
		String code = this.nodeA.getBean(DeputyCodes.class)
			.codeOf(Staff.load(this.nodeA.getBean(StaffAccounts.class), "admin"), id);
		String card = url(this.nodeB) + "/d/" + code;
		assertThat(this.admin.get(card).body()).as("cached on node B").doesNotContain("两节点检验");

		String csrf = this.admin.csrfOf(url(this.nodeA) + "/deputies/" + id + "/edit");
		assertThat(this.admin
			.post(url(this.nodeA) + "/deputies/" + id,
					Map.of("_csrf", csrf, "name", "郑红霞", "occupation", "两节点检验（卫生院院长）"))
			.statusCode()).isEqualTo(302);

		assertThat(within(ONE_SECOND, () -> new Browser().get(card).body().contains("两节点检验"))).isTrue();
	}

	@Test
	void a_category_changed_on_one_node_is_known_to_the_other_within_a_second() throws Exception {
		OpinionCategories onB = this.nodeB.getBean(OpinionCategories.class);
		OpinionCategory category = onB.all().get(0);
		assertThat(onB.findByCode(category.code())).get().extracting(OpinionCategory::name).isEqualTo(category.name());

		String csrf = this.admin.csrfOf(url(this.nodeA) + "/opinion-categories/" + category.id() + "/edit");
		assertThat(this.admin
			.post(url(this.nodeA) + "/opinion-categories/" + category.id(), Map.of("_csrf", csrf, "name", "两节点检验类别",
					"sortOrder", String.valueOf(category.sortOrder()), "enabled", "true"))
			.statusCode()).isEqualTo(302);

		assertThat(within(ONE_SECOND, () -> onB.findByCode(category.code()).orElseThrow().name().equals("两节点检验类别")))
			.isTrue();
	}

	@Test
	void a_holiday_entered_on_one_node_counts_on_the_other_within_a_second() throws Exception {
		LocalDate tuesday = LocalDate.of(2031, 5, 6);
		WorkdayCalendar onB = this.nodeB.getBean(WorkdayCalendar.class);
		assertThat(onB.isWorkingDay(tuesday)).isTrue();

		String csrf = this.admin.csrfOf(url(this.nodeA) + "/workday?year=2031");
		assertThat(this.admin
			.post(url(this.nodeA) + "/workday",
					Map.of("_csrf", csrf, "day", tuesday.toString(), "kind", "HOLIDAY", "name", "两节点检验"))
			.statusCode()).isEqualTo(302);

		assertThat(within(ONE_SECOND, () -> !onB.isWorkingDay(tuesday))).isTrue();
	}

	@Test
	void the_burst_spent_on_one_node_is_refused_on_the_other() throws Exception {
		Browser citizen = new Browser();
		int passedOnA = 0;
		while (citizen.post(url(this.nodeA) + "/track", Map.of("code", "X")).statusCode() != 429) {
			passedOnA++;
			assertThat(passedOnA).as("requests node A let through").isLessThanOrEqualTo(BURST);
		}
		assertThat(passedOnA).isPositive();
		assertThat(citizen.post(url(this.nodeB) + "/track", Map.of("code", "X")).statusCode()).isEqualTo(429);
	}

	@Test
	void a_file_stored_by_one_node_is_read_by_the_other() {
		String key = this.nodeA.getBean(FileStore.class).put(new byte[] { 1, 2, 3 }, "bin");
		assertThat(this.nodeB.getBean(FileStore.class).get(key)).hasValue(new byte[] { 1, 2, 3 });
	}

	@Test
	void a_recurring_job_runs_once_each_time_it_is_due_however_many_nodes_poll() {
		assertThat(within(Duration.ofSeconds(20), () -> jobRuns.size() >= 4)).as("the job ran").isTrue();
		List<String> runs = new ArrayList<>(jobRuns);
		List<String> dueTimes = runs.stream().map(run -> run.split(" ")[1]).toList();
		assertThat(new HashSet<>(dueTimes)).as("each due time run once: " + runs).hasSameSizeAs(dueTimes);
	}

	@Test
	void a_node_with_another_phone_key_refuses_to_start() {
		assertThatThrownBy(() -> start("c", "--lianxin.privacy.phone-key=YW5vdGhlci1ub2RlLXMtb3duLXBob25lLWtleS0zMmI="))
			.rootCause()
			.hasMessageContaining("is not the key this database was first used with");
	}

	private ConfigurableApplicationContext start(String node, String... extra) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + this.database.jdbcUrl(),
				"--server.port=0", "--lianxin.files.dir=" + this.files, "--lianxin.scheduler.polling-interval=1s",
				"--lianxin.rate-limit.per-minute=1", "--lianxin.rate-limit.burst=" + BURST,
				"--lianxin.two-nodes-test.node=" + node));
		arguments.addAll(List.of(extra));
		return new SpringApplicationBuilder(LianxinApplication.class, CountedJob.class).profiles("demo")
			.run(arguments.toArray(String[]::new));
	}

	private static void signIn(Browser browser, String node, String username) throws Exception {
		String csrf = browser.csrfOf(node + "/login");
		assertThat(browser
			.post(node + "/login", Map.of("_csrf", csrf, "username", username, "password", Staff.DEMO_PASSWORD))
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/console"));
		assertThat(browser.has("SESSION")).isTrue();
	}

	private static String url(ConfigurableApplicationContext node) {
		return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
	}

	private static boolean within(Duration limit, Check condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			try {
				if (condition.holds()) {
					return true;
				}
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
			if (System.nanoTime() > deadline) {
				return false;
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	@FunctionalInterface
	interface Check {

		boolean holds() throws Exception;

	}

	/**
	 * A job every node knows, due every second; each run notes which node ran it and for
	 * which due time. Not a {@code @Configuration}, so that no other test's component
	 * scan finds it.
	 */
	static class CountedJob {

		@Bean
		RecurringTask<Void> countedJob(@Value("${lianxin.two-nodes-test.node}") String node) {
			return Tasks.recurring("two-nodes-counted-job", FixedDelay.ofSeconds(1))
				.execute((instance, context) -> jobRuns
					.add(node + " " + context.getExecution().executionTime.toEpochMilli()));
		}

	}

}
