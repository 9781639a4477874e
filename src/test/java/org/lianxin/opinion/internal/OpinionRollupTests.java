package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.SqlCondition;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.Submission;
import org.lianxin.platform.statistics.RollupReconciliation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The figures added up from the rollup are the counts of their cases, whatever the cases
 * went through, however many saves run at once, and after the nightly recount; a row
 * changed behind the module's back is found, reported and repaired. Each test puts its
 * cases on days of 2019 no other test uses, so that what it compares is its own.
 */
@LianxinTest
class OpinionRollupTests {

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	OpinionStatistics statistics;

	@Autowired
	RollupReconciliation reconciliation;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	static final CurrentUser CITY = CurrentUser.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));

	@Test
	void every_figure_from_the_rollup_is_the_count_of_its_cases_and_opens_exactly_them() throws Exception {
		LocalDate first = LocalDate.of(2019, 3, 1);
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<String> gaizhou = regionsBelow("210881");
		List<String> zhanqian = regionsBelow("210802");
		for (int k = 0; k < 30; k++) {
			boolean inGaizhou = random.nextBoolean();
			List<String> regions = inGaizhou ? gaizhou : zhanqian;
			String division = inGaizhou ? "210881" : "210802";
			long id = submit(regions.get(random.nextInt(regions.size())), first.plusDays(random.nextInt(31)));
			takeSteps(id, division, random.nextInt(6), random);
		}
		CurrentUser ownRegion = CurrentUser.system(new DataScope(DataScopeKind.OWN_REGION, 0, "210881", null, null));
		for (CurrentUser user : List.of(CITY, Staff.load(this.accounts, "office-210881"),
				Staff.load(this.accounts, "office-210802"), ownRegion)) {
			for (String region : new String[] { null, "210881" }) {
				for (LocalDate[] period : List.of(new LocalDate[] { first, first.plusDays(30) },
						new LocalDate[] { first.plusDays(4), first.plusDays(12) })) {
					assertThat(this.statistics.figures(user, region, period[0], period[1], true))
						.as("seed %d, %s, region %s, %s", seed, user.username(), region, period[0])
						.isEqualTo(countedFromTheCases(user, region, period[0], period[1]));
				}
			}
		}
		Map<Figure, Long> city = this.statistics.report(CITY, null, first, first.plusDays(30)).figures();
		assertThat(city.get(Figure.COLLECTED)).isEqualTo(30);
		for (Figure figure : Figure.values()) {
			this.mvc
				.perform(get("/api/v1/opinions").param("figure", figure.name())
					.param("from", first.toString())
					.param("to", first.plusDays(30).toString())
					.param("size", "100")
					.with(Staff.as(this.accounts, "admin")))
				.andExpect(jsonPath("$.length()").value((int) (long) city.get(figure)));
		}
	}

	@Test
	void two_saves_at_once_on_the_cases_of_one_day_leave_the_rollup_exact() throws Exception {
		LocalDate day = LocalDate.of(2019, 4, 9);
		String town = regionsBelow("210881").get(0);
		List<Long> ids = List.of(submit(town, day), submit(town, day), submit(town, day), submit(town, day));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> both = List.of(ids.subList(0, 2), ids.subList(2, 4))
			.stream()
			.map(mine -> CompletableFuture.runAsync(() -> {
				await(start);
				mine.forEach(id -> takeSteps(id, "210881", 3, new Random(id)));
			}))
			.toList();
		start.countDown();
		CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get();
		assertThat(this.statistics.figures(CITY, null, day, day, true))
			.isEqualTo(countedFromTheCases(CITY, null, day, day));
		assertThat(this.statistics.figures(CITY, null, day, day, true).get(Figure.CLOSED)).isEqualTo(4);

		this.reconciliation.reconcile(OpinionRollup.ROLLUP);
		assertThat(this.statistics.figures(CITY, null, day, day, true))
			.isEqualTo(countedFromTheCases(CITY, null, day, day));
	}

	@Test
	void a_tampered_row_is_found_reported_and_repaired_by_the_recount() throws Exception {
		LocalDate day = LocalDate.of(2019, 5, 14);
		String town = regionsBelow("210802").get(0);
		takeSteps(submit(town, day), "210802", 3, new Random(7));
		this.reconciliation.reconcile(OpinionRollup.ROLLUP);
		assertThat(this.reconciliation.reconcile(OpinionRollup.ROLLUP).drifted()).isZero();

		this.jdbc.sql("update opinion_rollup set closed = closed + 5 where region_code = ? and day = ?")
			.params(town, day)
			.update();
		assertThat(this.statistics.figures(CITY, null, day, day, true).get(Figure.CLOSED)).isEqualTo(6);

		RollupReconciliation.Check check = this.reconciliation.reconcile(OpinionRollup.ROLLUP);
		assertThat(check.drifted()).isEqualTo(1);
		assertThat(check.rows()).isPositive();
		assertThat(this.statistics.figures(CITY, null, day, day, true))
			.isEqualTo(countedFromTheCases(CITY, null, day, day));
		this.mvc.perform(get("/admin/history-integrity").with(Staff.as(this.accounts, "admin")))
			.andExpect(content().string(containsString("opinion-rollup")))
			.andExpect(content().string(containsString("有 1 行偏差，已修正")));
	}

	/** Each figure counted on its own, by its condition, from the cases in scope. */
	private Map<Figure, Long> countedFromTheCases(CurrentUser user, String region, LocalDate from, LocalDate to) {
		SqlCondition scope = OpinionScope.of(user);
		Map<Figure, Long> counts = new EnumMap<>(Figure.class);
		for (Figure figure : Figure.values()) {
			String inRegion = (region == null) ? "true"
					: "o.region_code in (select code from region_view where path like"
							+ " (select path from region_view where code = :region) || '%')";
			Map<String, Object> params = new java.util.HashMap<>(scope.params());
			params.put("from", from);
			params.put("to", to);
			params.put("region", (region == null) ? "" : region);
			counts.put(figure,
					this.jdbc
						.sql("select count(*) from opinion o where " + scope.sql() + " and " + inRegion
								+ " and o.collected_on between :from and :to and " + figure.condition())
						.params(params)
						.query(Long.class)
						.single());
		}
		return counts;
	}

	/**
	 * Takes a case {@code steps} far: 0 received, 1 assigned, 2 replied, 3 closed, 4
	 * declined, 5 answered by the office.
	 */
	private void takeSteps(long id, String division, int steps, Random random) {
		CurrentUser office = Staff.load(this.accounts, "office-" + division);
		CurrentUser handler = Staff.load(this.accounts, "agency-" + division);
		switch (steps) {
			case 4 -> this.workflow.decline(office, id, "已进入诉讼程序");
			case 5 -> this.workflow.answerDirectly(office, id, "当场答复");
			default -> {
				if (steps >= 1) {
					this.workflow.assign(office, id, handler.scope().agencyId(), Set.of(), null);
				}
				if (steps >= 2) {
					this.workflow.sign(handler, id);
					this.workflow.reply(handler, id, ResultClass.values()[random.nextInt(4)], "已处理");
				}
				if (steps >= 3) {
					this.workflow.feedback(office, id, ContactChannel.PHONE, "已告知");
					Satisfaction verdict = random.nextBoolean() ? Satisfaction.SATISFIED
							: Satisfaction.BASICALLY_SATISFIED;
					this.workflow.visit(office, id, verdict, ContactChannel.PHONE, null);
					this.workflow.close(office, id, null);
				}
			}
		}
	}

	private long submit(String region, LocalDate collectedOn) {
		return this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", region, null, null, "汇总：随机的件", null, null,
					null, null, "13904170009", null, false, false, List.of(), null, collectedOn, null, null))
			.id();
	}

	private List<String> regionsBelow(String division) {
		return this.jdbc
			.sql("select code from region_view where path like (select path from region_view where code = ?)"
					+ " || '%' order by code limit 6")
			.param(division)
			.query(String.class)
			.list();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
