package org.lianxin.survey.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where ballots go in, and the only code that writes the roll or the ballots. A vote is
 * one transaction writing the voter's key into the roll (whose primary key refuses a
 * second vote, also a concurrent one) and the answers under a random key into the
 * ballots, with no time and nothing else; closing rewrites both, so that what the voting
 * transactions left behind (their order on disk, their transaction ids) is gone.
 */
@Component
class BallotBox {

	private static final Logger log = LoggerFactory.getLogger(BallotBox.class);

	private final SecureRandom random = new SecureRandom();

	private final SurveyRepository surveys;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Clock clock;

	BallotBox(SurveyRepository surveys, JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Casts a ballot for the voter; refuses, writing nothing, one outside the voting
	 * time, one that does not fit the question set, and a second one of the same voter.
	 */
	@Transactional
	void cast(long surveyId, String voterKey, short[] answers) {
		Survey survey = shared(surveyId);
		survey.requireVoting(this.clock.instant());
		survey.requireValid(answers);
		enrol(surveyId, voterKey);
		this.jdbc.sql("insert into survey_ballot (id, survey_id, answers) values (?, ?, ?)")
			.params(UUID.randomUUID(), surveyId, answers)
			.update();
	}

	/**
	 * Puts the voter on the roll without a ballot: they were handed a paper one, which
	 * the clerks type in with the others. The meeting decides when that happens (the roll
	 * may be typed from its sign-in sheet afterwards), so only the survey's being open
	 * counts, not its online voting time.
	 */
	@Transactional
	void handOutPaper(long surveyId, String voterKey) {
		if (shared(surveyId).state() != SurveyState.OPEN) {
			throw new RuleViolationException(null, "survey.paper.not-open");
		}
		enrol(surveyId, voterKey);
	}

	boolean hasVoted(long surveyId, String voterKey) {
		return this.jdbc.sql("select count(*) from survey_voter where survey_id = ? and voter_key = ?")
			.params(surveyId, voterKey)
			.query(Long.class)
			.single() > 0;
	}

	/** How many are on the roll: the turnout, online and paper. */
	long voted(long surveyId) {
		return this.jdbc.sql("select count(*) from survey_voter where survey_id = ?")
			.param(surveyId)
			.query(Long.class)
			.single();
	}

	/**
	 * Rewrites the survey's ballots in a random order under new random keys and its roll
	 * in the order of the voters' keys, in the closing transaction (which holds the
	 * survey's row, so no ballot comes in meanwhile); after commit the old row versions
	 * are vacuumed away.
	 */
	void seal(long surveyId) {
		List<short[]> ballots = new ArrayList<>(this.jdbc.sql("select answers from survey_ballot where survey_id = ?")
			.param(surveyId)
			.query((rs, n) -> toShorts(rs.getArray(1)))
			.list());
		Collections.shuffle(ballots, this.random);
		List<String> roll = this.jdbc.sql("select voter_key from survey_voter where survey_id = ? order by voter_key")
			.param(surveyId)
			.query(String.class)
			.list();
		this.jdbc.sql("delete from survey_ballot where survey_id = ?").param(surveyId).update();
		this.jdbc.sql("delete from survey_voter where survey_id = ?").param(surveyId).update();
		for (short[] answers : ballots) {
			this.jdbc.sql("insert into survey_ballot (id, survey_id, answers) values (?, ?, ?)")
				.params(UUID.randomUUID(), surveyId, answers)
				.update();
		}
		for (String voter : roll) {
			this.jdbc.sql("insert into survey_voter (survey_id, voter_key) values (?, ?)")
				.params(surveyId, voter)
				.update();
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				vacuum();
			}
		});
	}

	private Survey shared(long surveyId) {
		return this.surveys.findSharedById(surveyId).orElseThrow(() -> new NotFoundException("survey " + surveyId));
	}

	private void enrol(long surveyId, String voterKey) {
		int added = this.jdbc
			.sql("insert into survey_voter (survey_id, voter_key) values (?, ?) on conflict do nothing")
			.params(surveyId, voterKey)
			.update();
		if (added == 0) {
			throw new RuleViolationException(null, "survey.already-voted");
		}
	}

	/** VACUUM runs outside any transaction, on a connection of its own. */
	private void vacuum() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("vacuum survey_ballot, survey_voter");
		}
		catch (SQLException ex) {
			log.warn("Could not vacuum the ballots after closing a survey: {}", ex.getMessage());
		}
	}

	private static short[] toShorts(java.sql.Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		short[] answers = new short[values.length];
		for (int i = 0; i < values.length; i++) {
			answers[i] = ((Number) values[i]).shortValue();
		}
		return answers;
	}

}
