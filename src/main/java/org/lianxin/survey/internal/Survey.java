package org.lianxin.survey.internal;

import org.lianxin.survey.Electorate;
import org.lianxin.survey.SurveyScale;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.NewSurvey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A survey (测评): set up as a draft, opened for votes, closed and counted. Its ballots are
 * not part of it: they are written beside it by {@link BallotBox}, with nothing that says
 * whose they are.
 */
@Table("survey")
public class Survey extends AbstractAggregateRoot<Survey> {

	static final int MAX_ITEMS = 50;

	@Id
	private Long id;

	private String regionCode;

	private String series;

	private int year;

	private String title;

	private SurveyScale scale;

	private Integer maxChoices;

	private Electorate electorate;

	private Long congressId;

	private Long groupId;

	private Instant opensAt;

	private Instant closesAt;

	private int minCount;

	private BigDecimal rectifyBelow;

	private Long revoteOf;

	private SurveyState state;

	private Integer electorateSize;

	private long createdBy;

	@MappedCollection(idColumn = "survey_id", keyColumn = "position")
	private List<SurveyItem> items = new ArrayList<>();

	@Version
	private Integer version;

	@PersistenceCreator
	private Survey() {
	}

	/** A step of a survey, for its history. */
	record Moved(Survey survey, SurveyState from, SurveyState to, long by) {
	}

	/** A draft survey; every rule the set-up breaks is named at once. */
	static Survey draft(NewSurvey spec, Long revoteOf, long by) {
		RuleViolations broken = new RuleViolations();
		broken.check(
				() -> require(spec.title() != null && !spec.title().isBlank() && spec.title().strip().length() <= 100,
						"title", "survey.title.invalid"));
		broken.check(() -> require(spec.series() == null || spec.series().strip().length() <= 100, "series",
				"survey.series.invalid"));
		broken.check(() -> require(spec.year() >= 2000 && spec.year() <= 2100, "year", "survey.year.invalid"));
		broken.check(() -> require(spec.scale() != null, "scale", "survey.scale.invalid"));
		broken.check(() -> require(spec.electorate() != null && spec.congressId() != null, "congressId",
				"survey.electorate.invalid"));
		broken.check(() -> require(spec.electorate() != Electorate.GROUP || spec.groupId() != null, "groupId",
				"survey.group.required"));
		broken.check(() -> require(
				spec.opensAt() != null && spec.closesAt() != null && spec.closesAt().isAfter(spec.opensAt()),
				"closesAt", "survey.period.invalid"));
		broken.check(() -> require(spec.minCount() >= 1 && spec.minCount() <= 10000, "minCount",
				"survey.min-count.invalid"));
		broken.check(() -> require(spec.rectifyBelow() == null
				|| (spec.rectifyBelow().signum() >= 0 && spec.rectifyBelow().compareTo(BigDecimal.valueOf(100)) <= 0),
				"rectifyBelow", "survey.rectify-below.invalid"));
		List<SurveyItem> items = (spec.items() != null) ? spec.items()
			.stream()
			.filter(i -> i.label() != null && !i.label().isBlank())
			.map(i -> new SurveyItem(i.label().strip(), i.agencyId()))
			.toList() : List.of();
		broken.check(() -> require(
				!items.isEmpty() && items.size() <= MAX_ITEMS
						&& items.stream().allMatch(i -> i.label().length() <= 100),
				"items", "survey.items.invalid", MAX_ITEMS));
		broken.check(() -> require(
				spec.scale() != SurveyScale.CHOICE
						|| (spec.maxChoices() != null && spec.maxChoices() >= 1 && spec.maxChoices() <= items.size()),
				"maxChoices", "survey.max-choices.invalid"));
		broken.throwIfAny();
		Survey survey = new Survey();
		survey.regionCode = spec.regionCode();
		survey.title = spec.title().strip();
		survey.series = (spec.series() == null || spec.series().isBlank()) ? survey.title : spec.series().strip();
		survey.year = spec.year();
		survey.scale = spec.scale();
		survey.maxChoices = (spec.scale() == SurveyScale.CHOICE) ? spec.maxChoices() : null;
		survey.electorate = spec.electorate();
		survey.congressId = spec.congressId();
		survey.groupId = (spec.electorate() == Electorate.GROUP) ? spec.groupId() : null;
		survey.opensAt = spec.opensAt().toInstant();
		survey.closesAt = spec.closesAt().toInstant();
		survey.minCount = spec.minCount();
		survey.rectifyBelow = spec.rectifyBelow();
		survey.revoteOf = revoteOf;
		survey.items = new ArrayList<>(items);
		survey.state = SurveyState.DRAFT;
		survey.createdBy = by;
		survey.registerEvent(new Moved(survey, null, SurveyState.DRAFT, by));
		return survey;
	}

	/** Starts taking votes (from its opening time on). */
	Survey open(long by) {
		return move(SurveyState.DRAFT, SurveyState.OPEN, by);
	}

	/**
	 * Stops taking votes and lets the results show; keeps how many could vote, for the
	 * turnout.
	 */
	Survey close(long electorateSize, long by) {
		move(SurveyState.OPEN, SurveyState.CLOSED, by);
		this.electorateSize = (int) electorateSize;
		return this;
	}

	/**
	 * Refuses a ballot unless the survey is open and its voting time has come and not
	 * gone.
	 */
	void requireVoting(Instant now) {
		if (this.state != SurveyState.OPEN || now.isBefore(this.opensAt) || !now.isBefore(this.closesAt)) {
			throw new RuleViolationException(null, "survey.not-voting");
		}
	}

	/** Refuses answers that do not fit the question set. */
	void requireValid(short[] answers) {
		if (answers == null || answers.length != this.items.size()) {
			throw new RuleViolationException("answers", "survey.answers.incomplete");
		}
		int chosen = 0;
		for (short answer : answers) {
			if (!this.scale.allows(answer)) {
				throw new RuleViolationException("answers", "survey.answers.incomplete");
			}
			chosen += answer;
		}
		if (this.scale == SurveyScale.CHOICE && chosen > this.maxChoices) {
			throw new RuleViolationException("answers", "survey.answers.too-many", this.maxChoices);
		}
	}

	private Survey move(SurveyState from, SurveyState to, long by) {
		if (this.state != from) {
			throw new RuleViolationException(null, "survey.state.illegal");
		}
		registerEvent(new Moved(this, this.state, to, by));
		this.state = to;
		return this;
	}

	private static void require(boolean condition, String field, String key, Object... arguments) {
		if (!condition) {
			throw new RuleViolationException(field, key, arguments);
		}
	}

	public Long id() {
		return this.id;
	}

	public String regionCode() {
		return this.regionCode;
	}

	public String title() {
		return this.title;
	}

	public String series() {
		return this.series;
	}

	public int year() {
		return this.year;
	}

	public SurveyScale scale() {
		return this.scale;
	}

	public Integer maxChoices() {
		return this.maxChoices;
	}

	public Electorate electorate() {
		return this.electorate;
	}

	public Long congressId() {
		return this.congressId;
	}

	public Long groupId() {
		return this.groupId;
	}

	public Instant opensAt() {
		return this.opensAt;
	}

	public Instant closesAt() {
		return this.closesAt;
	}

	public int minCount() {
		return this.minCount;
	}

	public BigDecimal rectifyBelow() {
		return this.rectifyBelow;
	}

	public Long revoteOf() {
		return this.revoteOf;
	}

	public SurveyState state() {
		return this.state;
	}

	public Integer electorateSize() {
		return this.electorateSize;
	}

	public List<SurveyItem> items() {
		return List.copyOf(this.items);
	}

}
