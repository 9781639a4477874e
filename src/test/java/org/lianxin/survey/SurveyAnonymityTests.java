package org.lianxin.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.SurveyScale;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.survey.internal.Attendance;
import org.lianxin.survey.internal.PublicVoting;
import org.lianxin.survey.internal.Surveys;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tries to find out how a deputy voted from everything the application keeps once a
 * survey is closed, the way someone with the database and the logs would: and fails.
 */
@LianxinTest
@ExtendWith(OutputCaptureExtension.class)
class SurveyAnonymityTests {

	private static final int VOTERS = 20;

	@Autowired
	Surveys surveys;

	@Autowired
	Voting voting;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyRegistry registry;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Attendance attendance;

	@Autowired
	PublicVoting publicVoting;

	@Autowired
	PhoneNumbers phones;

	@Autowired
	Clock clock;

	@Test
	void nothing_stored_or_logged_ties_a_ballot_to_its_voter(CapturedOutput output) {
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("匿名", VOTERS);
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long id = this.surveys.create(office,
				new NewSurvey(null, "匿名性检验", 2026, "匿名性检验", SurveyScale.FIVE_POINT, null, Electorate.GROUP,
						group.congressId(), group.groupId(), SurveyVotingTests.now().minusHours(1),
						SurveyVotingTests.now().plusHours(1), 1, BigDecimal.ZERO,
						List.of(new SurveyItem("甲", null), new SurveyItem("乙", null))));
		this.surveys.open(office, id);
		// every voter's ballot is one of its kind, so a ballot found is a voter found
		List<String> ballotOf = new ArrayList<>();
		for (int i = 0; i < VOTERS; i++) {
			short[] answers = { (short) (i / 5 + 1), (short) (i % 5 + 1) };
			this.voting.cast(group.deputies().get(i), id, answers);
			ballotOf.add(Arrays.toString(answers));
		}
		this.surveys.close(office, id);
		assertNothingTies(id, castOrder(group), ballotOf, output);
		assertThat(group.deputyIds()).noneMatch(deputy -> output.getAll().contains("D:" + deputy));
		assertThat(this.jdbc.sql("select count(*) from operation_log where username in (:names)")
			.param("names", group.deputies().stream().map(CurrentUser::username).toList())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void nothing_ties_a_ballot_to_the_deputy_present_at_the_meeting_who_cast_it(CapturedOutput output) {
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("到会匿名", VOTERS);
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long id = this.surveys.create(office, spec(Electorate.MEETING, group.congressId()));
		this.surveys.open(office, id);
		List<String> ballotOf = new ArrayList<>();
		for (int i = 0; i < VOTERS; i++) {
			this.attendance.recordPresent(office, id, group.deputyIds().get(i));
			short[] answers = unique(i);
			this.voting.cast(group.deputies().get(i), id, answers);
			ballotOf.add(Arrays.toString(answers));
		}
		this.surveys.close(office, id);
		assertNothingTies(id, castOrder(group), ballotOf, output);
		// who was present is kept, but it is not who voted how
		assertThat(columnsOf("survey_attendee")).containsExactlyInAnyOrder("survey_id", "deputy_id");
	}

	@Test
	void nothing_ties_a_public_ballot_to_its_phone_and_the_number_itself_is_kept_nowhere(CapturedOutput output) {
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("公众匿名", 1);
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long id = this.surveys.create(office, spec(Electorate.PUBLIC, group.congressId()));
		this.surveys.open(office, id);
		List<String> ballotOf = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		String base = String.valueOf(13_600_000_000L + (System.nanoTime() % 1_000_000) * 100);
		for (int i = 0; i < VOTERS; i++) {
			String phone = String.valueOf(Long.parseLong(base) + i);
			short[] answers = unique(i);
			this.publicVoting.cast(id, phone, codeSentTo(id, phone), answers, "anonymity-test");
			phones.add(phone);
			keys.add("P:" + this.phones.lookupHashOf(phone).orElseThrow());
			ballotOf.add(Arrays.toString(answers));
		}
		this.surveys.close(office, id);
		assertNothingTies(id, keys, ballotOf, output);
		String stored = everythingStored();
		for (String phone : phones) {
			assertThat(stored).doesNotContain(phone).doesNotContain(PhoneNumbers.mask(phone));
			assertThat(output.getAll()).doesNotContain(phone);
		}
	}

	private static NewSurvey spec(Electorate electorate, long congressId) {
		return new NewSurvey(null, "匿名性检验", 2026, "匿名性检验", SurveyScale.FIVE_POINT, null, electorate, congressId, null,
				SurveyVotingTests.now().minusHours(1), SurveyVotingTests.now().plusHours(1), 1, BigDecimal.ZERO,
				List.of(new SurveyItem("甲", null), new SurveyItem("乙", null)));
	}

	/** Every voter's ballot is one of its kind, so a ballot found is a voter found. */
	private static short[] unique(int voter) {
		return new short[] { (short) (voter / 5 + 1), (short) (voter % 5 + 1) };
	}

	/**
	 * Tries to pair the closed survey's ballots with its roll from all that is stored and
	 * logged, and fails.
	 * @param voters the voters' roll keys in the order they voted
	 * @param ballotOf each voter's ballot, in the same order
	 */
	private void assertNothingTies(long id, List<String> voters, List<String> ballotOf, CapturedOutput output) {
		// a ballot is its key, its survey and its answers: no voter, no time, no sequence
		assertThat(columnsOf("survey_ballot")).containsExactlyInAnyOrder("id", "survey_id", "answers");
		assertThat(columnsOf("survey_voter")).containsExactlyInAnyOrder("survey_id", "voter_key");
		Map<String, String> truth = new java.util.HashMap<>();
		for (int i = 0; i < VOTERS; i++) {
			truth.put(voters.get(i), ballotOf.get(i));
		}

		// the physical order of either table, or the keys' order, paired up, says nothing
		List<String> rollByPlace = voterKeys(id, "order by ctid");
		for (String order : List.of("order by ctid", "order by id", "order by id desc", "order by ctid desc")) {
			List<String> ballots = ballots(id, order);
			assertThat(matches(ballots, rollByPlace, truth)).as(order).isLessThan(VOTERS / 3);
			assertThat(matches(ballots, voters, truth)).as(order + " against the voting order").isLessThan(VOTERS / 3);
		}
		assertThat(rollByPlace).isSorted();

		// the transactions that voted left no mark: all ballots and the whole roll were
		// rewritten by the one that closed the survey
		assertThat(distinct("select count(distinct xmin::text) from survey_ballot where survey_id = ?", id))
			.isEqualTo(1);
		assertThat(distinct("select count(distinct xmin::text) from survey_voter where survey_id = ?", id))
			.isEqualTo(1);

		// no other survey table, the operation log or the application's log names a
		// ballot
		List<String> keys = this.jdbc.sql("select id::text from survey_ballot where survey_id = ?")
			.param(id)
			.query(String.class)
			.list();
		String everythingElse = everythingStored();
		assertThat(keys).hasSize(VOTERS).noneMatch(everythingElse::contains).noneMatch(output.getAll()::contains);
		assertThat(voters).noneMatch(voter -> output.getAll().contains(voter));
	}

	/** Every survey table but the ballots, the operation log and the events, as text. */
	private String everythingStored() {
		return this.jdbc.sql("""
				select coalesce(string_agg(t::text, ' '), '') from (
				  select row_to_json(v)::text as t from survey_voter v
				  union all select row_to_json(s)::text from survey s
				  union all select row_to_json(h)::text from survey_history h
				  union all select row_to_json(p)::text from survey_paper_entry p
				  union all select row_to_json(a)::text from survey_attendee a
				  union all select row_to_json(l)::text from operation_log l
				  union all select row_to_json(e)::text from event_publication e) x""").query(String.class).single();
	}

	/** How many pairs (n-th voter, n-th ballot) are right. */
	private static int matches(List<String> ballots, List<String> voters, Map<String, String> truth) {
		return (int) IntStream.range(0, VOTERS).filter(n -> truth.get(voters.get(n)).equals(ballots.get(n))).count();
	}

	private static List<String> castOrder(SurveyFixtures.Group group) {
		return group.deputyIds().stream().map(deputy -> "D:" + deputy).toList();
	}

	private List<String> columnsOf(String table) {
		return this.jdbc.sql("select column_name from information_schema.columns where table_name = ?")
			.param(table)
			.query(String.class)
			.list();
	}

	private List<String> voterKeys(long id, String order) {
		return this.jdbc.sql("select voter_key from survey_voter where survey_id = ? " + order)
			.param(id)
			.query(String.class)
			.list();
	}

	private List<String> ballots(long id, String order) {
		return this.jdbc.sql("select answers from survey_ballot where survey_id = ? " + order)
			.param(id)
			.query((rs,
					n) -> Arrays.toString(Arrays.stream((Object[]) rs.getArray(1).getArray())
						.mapToInt(value -> ((Number) value).intValue())
						.toArray()))
			.list();
	}

	private long distinct(String sql, long id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	/**
	 * The code the SMS carries for the phone and survey now (the phone's code of the
	 * current ten-minute window, as the survey module's PhoneCodes makes it).
	 */
	private String codeSentTo(long survey, String phone) {
		return this.phones.codeFor(phone, "survey " + survey, this.clock.millis() / Duration.ofMinutes(10).toMillis())
			.orElseThrow();
	}

}
