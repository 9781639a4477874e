package org.lianxin.legislation.internal;

import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.documents.ChinesePdf;
import org.lianxin.platform.documents.DocumentLine;
import org.lianxin.platform.documents.WordDocuments;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整理归纳 and 反馈: opinions on one article merged into one that keeps its sources, the merge
 * suggested for opinions that read alike, and the legislature's answer recorded on each
 * merged opinion once it was reported.
 */
@Service
public class Merging {

	/** Opinions this alike (bigram similarity) are suggested as one. */
	static final double ALIKE = 0.4;

	private static final String MERGED = """
			select m.id, m.article_number, m.text, m.reason, m.state, m.outcome, m.outcome_reason,
			       (select count(*) from legislation_opinion o where o.merged_into = m.id) as sources
			from legislation_merged_opinion m where m.consultation_id = ?""";

	private final Consultations consultations;

	private final ConsultationRepository consultationRepository;

	private final DraftOpinionRepository opinions;

	private final MergedOpinionRepository merged;

	private final WorkdayCalendar calendar;

	private final DraftVersions drafts;

	private final JdbcClient jdbc;

	private final ChinesePdf pdf;

	Merging(Consultations consultations, ConsultationRepository consultationRepository, DraftOpinionRepository opinions,
			MergedOpinionRepository merged, WorkdayCalendar calendar, DraftVersions drafts, JdbcClient jdbc,
			ChinesePdf pdf) {
		this.pdf = pdf;
		this.drafts = drafts;
		this.consultations = consultations;
		this.consultationRepository = consultationRepository;
		this.opinions = opinions;
		this.merged = merged;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** A merged opinion as the office and the report read it. */
	public record MergedRow(long id, Integer articleNumber, String text, String reason, String state, Outcome outcome,
			String outcomeReason, long sources) {
	}

	/** An opinion not merged yet, for suggestions. */
	public record Unmerged(long id, String text) {
	}

	/**
	 * Merges the opinions (all on the same article of this consultation, none merged
	 * before) into one; its text is the first opinion's unless the office words it.
	 */
	@Transactional
	public long merge(CurrentUser user, long consultationId, List<Long> opinionIds, String text, String reason) {
		ConsultationView consultation = this.consultations.get(user, consultationId);
		if (consultation.stage() != ConsultationStage.MERGING) {
			throw new RuleViolationException(null, "merge.not-merging");
		}
		if (opinionIds == null || opinionIds.isEmpty()) {
			throw new RuleViolationException("opinionIds", "merge.none");
		}
		List<DraftOpinion> sources = this.opinions.findAllById(Set.copyOf(opinionIds));
		if (sources.size() != Set.copyOf(opinionIds).size()
				|| sources.stream().anyMatch(o -> o.consultationId() != consultationId)) {
			throw new RuleViolationException("opinionIds", "merge.across-consultations");
		}
		Integer article = sources.get(0).articleNumber();
		if (sources.stream().anyMatch(o -> !java.util.Objects.equals(o.articleNumber(), article))) {
			throw new RuleViolationException("opinionIds", "merge.across-articles");
		}
		String wording = (text == null || text.isBlank()) ? sources.get(0).text() : text;
		MergedOpinion saved = this.merged
			.save(MergedOpinion.draft(consultationId, article, wording, reason, user.id()));
		for (DraftOpinion source : sources) {
			this.opinions.save(source.mergeInto(saved.id()));
		}
		return saved.id();
	}

	/**
	 * Takes a merge back before the report upward: the merged opinion goes, its sources
	 * are unmerged again, and the consultation's history keeps the step with what it
	 * said. Once reported it went upward as it was, so it stays.
	 */
	@Transactional
	public void undo(CurrentUser user, long consultationId, long mergedId) {
		this.consultations.get(user, consultationId);
		MergedOpinion opinion = this.merged.findById(mergedId)
			.filter(m -> m.consultationId() == consultationId)
			.orElseThrow(() -> new NotFoundException("merged opinion " + mergedId));
		Consultation consultation = this.consultationRepository.findById(consultationId).orElseThrow();
		if (opinion.state() != MergedOpinion.State.DRAFTED || consultation.stage() != ConsultationStage.MERGING) {
			throw new RuleViolationException(null, "merge.undo.reported");
		}
		List<DraftOpinion> sources = this.opinions.findByMergedInto(mergedId);
		sources.forEach(source -> this.opinions.save(source.unmerge()));
		this.merged.delete(opinion);
		this.consultationRepository.save(consultation.mergeUndone(user.id(), opinion.text(), sources.size()));
	}

	/**
	 * Groups of two or more unmerged opinions on the article that read alike, each group
	 * around its first opinion.
	 */
	public List<List<Unmerged>> suggestions(long consultationId, int article) {
		List<Unmerged> open = this.jdbc.sql("""
				select id, text from legislation_opinion
				where consultation_id = ? and coalesce(article_number, 0) = ? and merged_into is null
				order by id limit 2000""").params(consultationId, article).query(Unmerged.class).list();
		return AlikeGroups.of(open);
	}

	/**
	 * The consultation's merged opinions, article by article, with their sources counted.
	 */
	public List<MergedRow> of(long consultationId) {
		return this.jdbc.sql(MERGED + " order by m.article_number nulls first, m.id")
			.param(consultationId)
			.query(MergedRow.class)
			.list();
	}

	/** The merged opinions on one article (0: on the whole draft). */
	public List<MergedRow> onArticle(long consultationId, int article) {
		return this.jdbc.sql(MERGED + " and coalesce(m.article_number, 0) = ? order by m.id")
			.params(consultationId, article)
			.query(MergedRow.class)
			.list();
	}

	/** The report upward as a Word document, article by article. */
	public byte[] reportDocument(CurrentUser user, long consultationId) {
		return WordDocuments.write(reportLines(user, consultationId));
	}

	/** The same report as PDF. */
	public byte[] reportPdf(CurrentUser user, long consultationId) {
		return this.pdf.write(reportLines(user, consultationId));
	}

	private List<DocumentLine> reportLines(CurrentUser user, long consultationId) {
		ConsultationView consultation = this.consultations.get(user, consultationId);
		return ReportLines.of(consultation, this.drafts.articles(consultationId, consultation.currentVersion()),
				of(consultationId));
	}

	/**
	 * 报送: the consultation and all its merged opinions go upward; past the deadline only
	 * with the reason.
	 */
	@Transactional
	public void report(CurrentUser user, long consultationId, String lateReason) {
		this.consultations.get(user, consultationId);
		List<MergedOpinion> all = this.merged.findByConsultationId(consultationId);
		if (all.isEmpty()) {
			throw new RuleViolationException(null, "report.nothing");
		}
		Consultation consultation = this.consultationRepository.findById(consultationId).orElseThrow();
		this.consultationRepository.save(consultation.report(this.calendar.today(), lateReason, user.id()));
		all.forEach(m -> this.merged.save(m.report()));
	}

	/**
	 * The legislature's answer on one reported opinion; with the last answer the
	 * consultation is answered.
	 */
	@Transactional
	public void answer(CurrentUser user, long consultationId, long mergedId, String outcome, String reason) {
		this.consultations.get(user, consultationId);
		MergedOpinion opinion = this.merged.findById(mergedId)
			.filter(m -> m.consultationId() == consultationId)
			.orElseThrow(() -> new NotFoundException("merged opinion " + mergedId));
		this.merged.save(opinion.answer(outcome(outcome), reason, this.calendar.today()));
		boolean allAnswered = this.merged.findByConsultationId(consultationId)
			.stream()
			.allMatch(m -> m.state() == MergedOpinion.State.ANSWERED);
		if (allAnswered) {
			Consultation consultation = this.consultationRepository.findById(consultationId).orElseThrow();
			this.consultationRepository.save(consultation.answered(user.id()));
		}
	}

	private static Outcome outcome(String input) {
		try {
			return Outcome.valueOf(String.valueOf(input).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("outcome", "merge.outcome.invalid");
		}
	}

}
