package org.lianxin.statistics.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end work report of a division or the city: read with the figures counted from
 * the records now (or, once published, as they were published, the later corrections
 * beside them), its wording edited by the office, and published.
 */
@Service
public class YearReports {

	/**
	 * Figures of what stands over the years rather than what happened in one: they alone
	 * do not make a year worth a report.
	 */
	private static final java.util.Set<String> STANDING = java.util.Set.of("station.LIAISON_STATIONS");

	private final FigureSources sources;

	private final YearReportRepository reports;

	private final Snapshots snapshots;

	private final ReportScope scope;

	private final OperationLog log;

	private final Clock clock;

	YearReports(FigureSources sources, YearReportRepository reports, Snapshots snapshots, ReportScope scope,
			OperationLog log, Clock clock) {
		this.sources = sources;
		this.reports = reports;
		this.snapshots = snapshots;
		this.scope = scope;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The report of the region (the user's own when none is asked) and year (this one).
	 */
	@Transactional(readOnly = true)
	public ReportView view(CurrentUser user, String regionCode, Integer year) {
		Region region = this.scope.regionFor(user, regionCode);
		int shownYear = this.scope.yearOf(year);
		Map<String, ReportFigure> live = this.sources.of(user, region.code(), shownYear);
		boolean empty = live.values()
			.stream()
			.filter(f -> !f.rate() && !STANDING.contains(f.key()))
			.allMatch(f -> f.count() == 0);
		Optional<YearReport> saved = this.reports.findByRegionCodeAndYear(region.code(), shownYear);
		if (saved.isPresent() && saved.get().status() == YearReport.Status.PUBLISHED) {
			Snapshots.Snapshot snapshot = this.snapshots.latest(saved.get().id()).orElseThrow();
			Map<String, ReportFigure> frozen = new LinkedHashMap<>();
			List<ReportView.Change> changed = new ArrayList<>();
			live.forEach((key, now) -> {
				String values = snapshot.figures().get(key);
				ReportFigure published = (values != null) ? thawed(now, values) : now;
				frozen.put(key, published);
				if (!published.shown().equals(now.shown()) || published.count() != now.count()) {
					changed.add(new ReportView.Change(published, now));
				}
			});
			return new ReportView(region, shownYear, YearReport.Status.PUBLISHED, snapshot.wording(), empty,
					paragraphs(snapshot.wording(), frozen, region, shownYear), List.copyOf(frozen.values()),
					snapshot.publishedAt(), changed);
		}
		String wording = saved.map(YearReport::wording).orElse(ReportTemplate.DEFAULT);
		return new ReportView(region, shownYear, YearReport.Status.DRAFT, wording, empty,
				paragraphs(wording, live, region, shownYear), List.copyOf(live.values()), null, List.of());
	}

	/** New words around the figures; a typed number or an unknown figure is refused. */
	@Transactional
	public void reword(CurrentUser user, String regionCode, Integer year, String wording) {
		requireEdit(user);
		Region region = this.scope.regionFor(user, regionCode);
		int shownYear = this.scope.yearOf(year);
		String checked = ReportTemplate.checked(wording, this.sources.of(user, region.code(), shownYear).keySet());
		YearReport report = this.reports.findByRegionCodeAndYear(region.code(), shownYear)
			.map(r -> r.reword(checked, user.id()))
			.orElseGet(() -> YearReport.draft(region.code(), shownYear, checked, user.id()));
		this.reports.save(report);
		this.log.record("statistics.report.reword", "report " + region.code() + "/" + shownYear, null);
	}

	/** Publishes the report as it reads now, freezing its figures. */
	@Transactional
	public void publish(CurrentUser user, String regionCode, Integer year) {
		requireEdit(user);
		ReportView view = view(user, regionCode, year);
		if (view.published()) {
			throw new RuleViolationException(null, "statistics.report.published-already", view.year());
		}
		if (view.empty()) {
			throw new RuleViolationException(null, "statistics.report.empty", view.region().name(), view.year());
		}
		Instant now = this.clock.instant();
		YearReport report = this.reports.findByRegionCodeAndYear(view.region().code(), view.year())
			.orElseGet(() -> YearReport.draft(view.region().code(), view.year(), view.wording(), user.id()))
			.publish(user.id(), now);
		report = this.reports.save(report);
		Map<String, ReportFigure> figures = new LinkedHashMap<>();
		view.figures().forEach(f -> figures.put(f.key(), f));
		this.snapshots.freeze(report.id(), view.region().code(), view.year(), view.wording(), figures, user.id(), now);
		this.log.record("statistics.report.publish", "report " + view.region().code() + "/" + view.year(), null);
	}

	private static ReportFigure thawed(ReportFigure now, String values) {
		int slash = values.indexOf('/');
		return (slash < 0) ? now.withValues(Long.parseLong(values), null) : now
			.withValues(Long.parseLong(values.substring(0, slash)), Long.parseLong(values.substring(slash + 1)));
	}

	private static List<ReportView.Paragraph> paragraphs(String wording, Map<String, ReportFigure> figures,
			Region region, int year) {
		return ReportTemplate.paragraphs(wording)
			.stream()
			.map(pieces -> new ReportView.Paragraph(pieces.stream().map(piece -> {
				if (!piece.figure()) {
					return new ReportView.Piece(piece.text(), null);
				}
				if (piece.key().equals("region")) {
					return new ReportView.Piece(region.name(), null);
				}
				if (piece.key().equals("year")) {
					return new ReportView.Piece(Integer.toString(year), null);
				}
				ReportFigure figure = figures.get(piece.key());
				// a figure a module no longer offers reads as its placeholder, not as a
				// number
				return (figure != null) ? new ReportView.Piece(null, figure)
						: new ReportView.Piece("{{" + piece.key() + "}}", null);
			}).toList()))
			.toList();
	}

	private static void requireEdit(CurrentUser user) {
		if (!user.can(StatisticsPermissions.EDIT)) {
			throw new AccessDeniedException(StatisticsPermissions.EDIT);
		}
	}

}
