package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A topic the office follows for years (校园食堂食品安全, 助老食堂): the activities that followed it,
 * year after year, and its own measures of progress. Each change is kept in its history
 * ({@link Changed}).
 */
@Table("oversight_topic")
public class OversightTopic extends AbstractAggregateRoot<OversightTopic> {

	/** A name of a measure, a unit: short, as a table header shows them. */
	private static final int NAME_MAX = 100;

	private static final int UNIT_MAX = 20;

	@Id
	private Long id;

	private String regionCode;

	private String title;

	private String summary;

	private int sinceYear;

	private Long createdBy;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "topic_id")
	private Set<Followed> activities = new LinkedHashSet<>();

	@MappedCollection(idColumn = "topic_id", keyColumn = "position")
	private List<Measure> measures = new ArrayList<>();

	@PersistenceCreator
	private OversightTopic() {
	}

	/** What was done to a topic (OPEN, FOLLOW, MEASURE), by whom, with what. */
	record Changed(OversightTopic topic, String action, Long by, String note) {

		Long topicId() {
			return this.topic.id;
		}

	}

	@Table("oversight_topic_activity")
	record Followed(long activityId) {
	}

	@Table("oversight_topic_measure")
	record Measure(String name, int value, String unit, LocalDate measuredOn) {
	}

	/**
	 * A topic the office of {@code regionCode} begins to follow; every broken rule at
	 * once.
	 */
	static OversightTopic open(NewTopic opened, String regionCode, Long by) {
		RuleViolations broken = new RuleViolations();
		broken.check(
				() -> Texts.required("title", Texts.stripped(opened.title(), 200), "oversight.topic.title.required"));
		broken.check(() -> Texts.stripped(opened.summary(), 2000));
		broken.check(() -> {
			if (opened.sinceYear() == null || opened.sinceYear() < 2000 || opened.sinceYear() > 2199) {
				throw new RuleViolationException("sinceYear", "oversight.topic.since.required");
			}
		});
		broken.throwIfAny();
		OversightTopic topic = new OversightTopic();
		topic.regionCode = regionCode;
		topic.title = opened.title().strip();
		topic.summary = Texts.stripped(opened.summary(), 2000);
		topic.sinceYear = opened.sinceYear();
		topic.createdBy = by;
		topic.registerEvent(new Changed(topic, "OPEN", by, topic.title));
		return topic;
	}

	/**
	 * An activity of the same region follows the topic; one already following is refused.
	 */
	OversightTopic follow(OversightActivity activity, Long by) {
		if (!activity.regionCode().equals(this.regionCode)) {
			throw new RuleViolationException("activityId", "oversight.topic.activity.elsewhere");
		}
		if (!this.activities.add(new Followed(activity.id()))) {
			throw new RuleViolationException("activityId", "oversight.topic.activity.twice");
		}
		registerEvent(new Changed(this, "FOLLOW", by, "activity " + activity.id()));
		return this;
	}

	/**
	 * A measure of progress as counted on a day; counting it again later adds a newer
	 * value, the older stays to show the way there.
	 */
	OversightTopic measure(String name, Integer value, String unit, LocalDate measuredOn, LocalDate today, Long by) {
		RuleViolations broken = new RuleViolations();
		String named = broken
			.get(() -> Texts.required("name", Texts.stripped(name, NAME_MAX), "oversight.topic.measure.name.required"));
		String counted = broken
			.get(() -> Texts.required("unit", Texts.stripped(unit, UNIT_MAX), "oversight.topic.measure.unit.required"));
		broken.check(() -> {
			if (value == null || value < 0) {
				throw new RuleViolationException("value", "oversight.topic.measure.value.required");
			}
		});
		broken.check(() -> {
			if (measuredOn == null || measuredOn.isAfter(today) || measuredOn.getYear() < this.sinceYear) {
				throw new RuleViolationException("measuredOn", "oversight.topic.measure.date", this.sinceYear);
			}
		});
		broken.throwIfAny();
		this.measures.add(new Measure(named, value, counted, measuredOn));
		registerEvent(new Changed(this, "MEASURE", by, named + " " + value + counted));
		return this;
	}

	Long id() {
		return this.id;
	}

	String regionCode() {
		return this.regionCode;
	}

}
