package org.lianxin.statistics.internal;

import java.time.Instant;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A region's year-end work report: the office's wording around the figures while it is a
 * draft; once published, nothing of it changes (the figures as published are kept in a
 * snapshot, {@link Snapshots}).
 */
@Table("statistics_year_report")
public class YearReport extends AbstractAggregateRoot<YearReport> {

	/** Where the report stands. */
	public enum Status {

		DRAFT, PUBLISHED

	}

	/** The office changed the words around the figures. */
	record Reworded(String regionCode, int year, Long by) {
	}

	/** The report was published: its figures are frozen from now on. */
	record Published(String regionCode, int year, Long by, Instant at) {
	}

	@Id
	private Long id;

	private String regionCode;

	private int year;

	private String wording;

	private Status status;

	private Long createdBy;

	private Long publishedBy;

	private Instant publishedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	private YearReport() {
	}

	/** A draft in the given (already checked) wording. */
	static YearReport draft(String regionCode, int year, String checkedWording, Long by) {
		YearReport report = new YearReport();
		report.regionCode = regionCode;
		report.year = year;
		report.wording = checkedWording;
		report.status = Status.DRAFT;
		report.createdBy = by;
		return report;
	}

	/** New words around the figures; a published report keeps its own. */
	YearReport reword(String checkedWording, Long by) {
		requireDraft();
		this.wording = checkedWording;
		registerEvent(new Reworded(this.regionCode, this.year, by));
		return this;
	}

	YearReport publish(Long by, Instant at) {
		requireDraft();
		this.status = Status.PUBLISHED;
		this.publishedBy = by;
		this.publishedAt = at;
		registerEvent(new Published(this.regionCode, this.year, by, at));
		return this;
	}

	private void requireDraft() {
		if (this.status != Status.DRAFT) {
			throw new RuleViolationException(null, "statistics.report.published-already", this.year);
		}
	}

	Long id() {
		return this.id;
	}

	String wording() {
		return this.wording;
	}

	Status status() {
		return this.status;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

}
