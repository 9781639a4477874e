package org.lianxin.legislation.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.platform.publiccode.PublicCodes;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opinions on drafts: given while a consultation gathers, on an article or paragraph the
 * open version has (or on the whole draft), by an informant or by a citizen whose phone
 * is checked and protected as the opinion module does it; counted and listed article by
 * article; followed by their giver through a tracking token.
 */
@Service
public class DraftOpinions {

	static final int TOKEN_LENGTH = 20;

	private final DraftOpinionRepository repository;

	private final ConsultationRepository consultations;

	private final DraftVersions drafts;

	private final PhoneNumbers phones;

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	DraftOpinions(DraftOpinionRepository repository, ConsultationRepository consultations, DraftVersions drafts,
			PhoneNumbers phones, JdbcClient jdbc, WorkdayCalendar calendar) {
		this.calendar = calendar;
		this.repository = repository;
		this.consultations = consultations;
		this.drafts = drafts;
		this.phones = phones;
		this.jdbc = jdbc;
	}

	/** An opinion as the office reads it under its article. */
	public record OpinionRow(long id, Integer articleNumber, Integer paragraphNumber, String text,
			OpinionChannel channel, String pointName, String giver, String meeting, OffsetDateTime createdAt,
			Long mergedInto) {
	}

	/** What the giver sees on their tracking page. */
	public record Tracked(String consultationTitle, String pointName, Integer articleNumber, Integer paragraphNumber,
			String text, OffsetDateTime createdAt, ConsultationStage stage, boolean merged, Outcome outcome,
			String outcomeReason) {
	}

	/**
	 * Keeps the opinion, every rule checked first; a form sent again with the same key
	 * gets the opinion it made the first time.
	 * @return the opinion's tracking token
	 */
	@Transactional
	public String give(NewDraftOpinion input, Long by) {
		if (input.idempotencyKey() != null) {
			Optional<DraftOpinion> earlier = this.repository.findByIdempotencyKey(input.idempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get().trackingToken();
			}
		}
		Consultation consultation = this.consultations.findById(input.consultationId())
			.orElseThrow(() -> new NotFoundException("consultation " + input.consultationId()));
		if (consultation.stage() != ConsultationStage.GATHERING) {
			throw new RuleViolationException(null, "draft-opinion.closed");
		}
		RuleViolations problems = new RuleViolations();
		problems.check(() -> checkPlace(consultation, input.article(), input.paragraph()));
		String text = (input.text() == null) ? "" : input.text().strip();
		problems.check(() -> checkText(text));
		ProtectedPhone phone = null;
		if (input.informantId() == null && (input.channel() == OpinionChannel.QR_PAGE || hasText(input.phone()))) {
			phone = problems.get(() -> citizenPhone(input.phone()));
		}
		if (input.informantId() == null && input.channel() == OpinionChannel.INFORMANT) {
			problems.check(() -> {
				throw new RuleViolationException("informantId", "draft-opinion.informant.required");
			});
		}
		if (input.informantId() == null) {
			if (input.citizenName() != null && input.citizenName().strip().length() > Informant.MAX_NAME) {
				problems.check(() -> {
					throw new RuleViolationException("citizenName", "informant.too-long", Informant.MAX_NAME);
				});
			}
		}
		else if (!activeInformantAround(input.informantId(), consultation.pointId())) {
			problems.check(() -> {
				throw new RuleViolationException("informantId", "draft-opinion.informant.unknown");
			});
		}
		if (input.meetingId() != null && !meetingOf(input.meetingId(), input.consultationId())) {
			problems.check(() -> {
				throw new RuleViolationException("meetingId", "draft-opinion.meeting.unknown");
			});
		}
		problems.throwIfAny();
		NewDraftOpinion attributed = (phone != null) ? asInformantIfEnrolled(input, phone) : input;
		DraftOpinion opinion = DraftOpinion.give(attributed, consultation.currentVersion(), consultation.regionCode(),
				text, phone, PublicCodes.newCode(TOKEN_LENGTH), by);
		deputyOf(attributed.informantId())
			.ifPresent(deputy -> opinion.byDeputy(deputy, consultation.title(), this.calendar.today()));
		return this.repository.save(opinion).trackingToken();
	}

	/** How many opinions each article has (key 0: on the whole draft). */
	public Map<Integer, Long> perArticle(long consultationId) {
		Map<Integer, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select coalesce(article_number, 0), count(*) from legislation_opinion
				where consultation_id = ? group by 1""")
			.param(consultationId)
			.query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/** One page of the opinions on an article (0: on the whole draft), oldest first. */
	public List<OpinionRow> onArticle(long consultationId, int article, int offset, int limit) {
		return this.jdbc.sql("""
				select o.id, o.article_number, o.paragraph_number, o.text, o.channel, v.name as point_name,
				       coalesce(i.name, o.citizen_name, o.phone_masked) as giver,
				       m.kind || ' ' || m.held_on as meeting, o.created_at, o.merged_into
				from legislation_opinion o join venue_view v on v.id = o.point_id
				left join legislation_informant i on i.id = o.informant_id
				left join legislation_meeting m on m.id = o.meeting_id
				where o.consultation_id = ? and coalesce(o.article_number, 0) = ?
				order by o.id offset ? limit ?""")
			.params(consultationId, article, offset, limit)
			.query(OpinionRow.class)
			.list();
	}

	public Optional<Tracked> track(String token) {
		if (token == null || token.length() != TOKEN_LENGTH) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select c.title as consultation_title, v.name as point_name, o.article_number, o.paragraph_number,
				       o.text, o.created_at, c.stage, o.merged_into is not null as merged, m.outcome, m.outcome_reason
				from legislation_opinion o join legislation_consultation c on c.id = o.consultation_id
				join venue_view v on v.id = o.point_id left join legislation_merged_opinion m on m.id = o.merged_into
				where o.tracking_token = ?""").param(token).query(Tracked.class).optional();
	}

	private void checkPlace(Consultation consultation, Integer article, Integer paragraph) {
		if (article == null) {
			if (paragraph != null) {
				throw new RuleViolationException("paragraph", "draft-opinion.paragraph.without-article");
			}
			return;
		}
		DraftArticle found = this.drafts.article(consultation.id(), consultation.currentVersion(), article)
			.orElseThrow(() -> new RuleViolationException("article", "draft-opinion.article.unknown",
					ChineseNumerals.write(Math.max(article, 1)), String.valueOf(consultation.currentVersion())));
		if (paragraph != null && (paragraph < 1 || paragraph > found.paragraphs().size())) {
			throw new RuleViolationException("paragraph", "draft-opinion.paragraph.unknown", found.label(),
					String.valueOf(found.paragraphs().size()));
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static void checkText(String text) {
		if (text.isEmpty()) {
			throw new RuleViolationException("text", "draft-opinion.text.required");
		}
		if (text.length() > DraftOpinion.MAX_TEXT) {
			throw new RuleViolationException("text", "draft-opinion.text.too-long", DraftOpinion.MAX_TEXT);
		}
	}

	/** As the opinion module asks it of citizens: required, and a real number. */
	private ProtectedPhone citizenPhone(String input) {
		if (input == null || input.isBlank()) {
			throw new RuleViolationException("phone", "draft-opinion.phone.required");
		}
		if (PhoneNumbers.normalise(input).isEmpty()) {
			throw new RuleViolationException("phone", "opinion.phone.invalid");
		}
		return this.phones.protect(input);
	}

	/**
	 * An informant of the point who comments on its QR page is counted as the informant
	 * they are.
	 */
	private NewDraftOpinion asInformantIfEnrolled(NewDraftOpinion input, ProtectedPhone phone) {
		Optional<Long> informant = this.jdbc.sql("""
				select id from legislation_informant where point_id = ? and phone_hash = ? and active""")
			.params(input.pointId(), phone.lookupHash())
			.query(Long.class)
			.optional();
		return informant
			.map(id -> new NewDraftOpinion(input.consultationId(), input.article(), input.paragraph(), input.text(),
					input.channel(), input.pointId(), id, input.meetingId(), input.citizenName(), input.phone(),
					input.idempotencyKey()))
			.orElse(input);
	}

	/**
	 * Only an informant of the consultation's point or of an information point under it
	 * may be named: an id from another division would put a stranger's name under the
	 * opinion.
	 */
	private boolean activeInformantAround(long informantId, long pointId) {
		return this.jdbc.sql("""
				select count(*) from legislation_informant i join venue_view v on v.id = i.point_id
				where i.id = ? and i.active and (v.id = ? or v.parent_id = ?)""")
			.params(informantId, pointId, pointId)
			.query(Long.class)
			.single() > 0;
	}

	/** The deputy the informant is, if they are one. */
	private Optional<Long> deputyOf(Long informantId) {
		if (informantId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select deputy_id from legislation_informant where id = ? and deputy_id is not null")
			.param(informantId)
			.query(Long.class)
			.optional();
	}

	private boolean meetingOf(long meetingId, long consultationId) {
		return this.jdbc.sql("select count(*) from legislation_meeting where id = ? and consultation_id = ?")
			.params(meetingId, consultationId)
			.query(Long.class)
			.single() > 0;
	}

}
