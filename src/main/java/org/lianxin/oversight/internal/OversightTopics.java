package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's topics followed for years: opened for its region, followed by its
 * activities, measured as progress is made. Reaches only what the caller's scope reaches.
 */
@Service
public class OversightTopics {

	private final OversightTopicRepository repository;

	private final OversightActivities activities;

	private final TopicQueries queries;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	OversightTopics(OversightTopicRepository repository, OversightActivities activities, TopicQueries queries,
			WorkdayCalendar calendar, OperationLog log) {
		this.repository = repository;
		this.activities = activities;
		this.queries = queries;
		this.calendar = calendar;
		this.log = log;
	}

	/** Opens a topic for the caller's region. */
	@Transactional
	public long open(CurrentUser user, NewTopic opened) {
		OversightActivities.require(user, OversightPermissions.ACTIVITY_EDIT);
		OversightTopic topic = this.repository.save(OversightTopic.open(opened, user.regionCode(), user.id()));
		this.log.record("oversight.topic.open", "oversight topic " + topic.id(), opened.title());
		return topic.id();
	}

	/** An activity of the topic's region follows the topic from now on. */
	@Transactional
	public void follow(CurrentUser user, long id, Long activityId) {
		if (activityId == null) {
			throw new RuleViolationException("activityId", "oversight.topic.activity.required");
		}
		OversightActivity activity = this.activities.get(user, activityId);
		step(user, id, "oversight.topic.follow", topic -> topic.follow(activity, user.id()));
	}

	/** A measure of progress, as counted on a day. */
	@Transactional
	public void measure(CurrentUser user, long id, String name, Integer value, String unit, LocalDate measuredOn) {
		LocalDate today = this.calendar.today();
		step(user, id, "oversight.topic.measure",
				topic -> topic.measure(name, value, unit, measuredOn, today, user.id()));
	}

	private void step(CurrentUser user, long id, String action, UnaryOperator<OversightTopic> move) {
		OversightActivities.require(user, OversightPermissions.ACTIVITY_EDIT);
		this.queries.topic(user, id).orElseThrow(() -> new NotFoundException("oversight topic " + id));
		OversightTopic topic = this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException("oversight topic " + id));
		try {
			this.repository.save(move.apply(topic));
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, OptimisticLockingFailureException.class)) {
				throw ex;
			}
			throw new RuleViolationException(null, "oversight.concurrent");
		}
		this.log.record(action, "oversight topic " + id, null);
	}

}
