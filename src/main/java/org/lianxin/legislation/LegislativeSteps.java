package org.lianxin.legislation;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.LegislativePoints;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.NewInformant;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.legislation.internal.Rosters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The steps of legislative consultation for other modules (the demo loader): each one the
 * same step a user takes on the pages, with the same checks, through the same services.
 */
@Service
public class LegislativeSteps {

	private final Rosters rosters;

	private final LegislativePoints points;

	private final Consultations consultations;

	private final DraftOpinions opinions;

	private final Merging merging;

	private final JdbcClient jdbc;

	LegislativeSteps(Rosters rosters, LegislativePoints points, Consultations consultations, DraftOpinions opinions,
			Merging merging, JdbcClient jdbc) {
		this.rosters = rosters;
		this.points = points;
		this.consultations = consultations;
		this.opinions = opinions;
		this.merging = merging;
		this.jdbc = jdbc;
	}

	/** How many informants the point has on its roster now. */
	public long informantsOn(CurrentUser user, long pointId) {
		return this.points.inScope(user)
			.stream()
			.filter(point -> point.id() == pointId)
			.mapToLong(LegislativePoints.PointRow::informants)
			.sum();
	}

	/**
	 * @return the informant's id
	 */
	public long enrol(CurrentUser user, long pointId, String name, String field, String workplace, String phone,
			LocalDate consentedOn) {
		return this.rosters.enrol(user, pointId, new NewInformant(name, field, workplace, phone, true, consentedOn));
	}

	/**
	 * @return the consultation's id
	 */
	public long receive(CurrentUser user, long pointId, String sourceLevel, String sourceBody, String title,
			LocalDate receivedOn, LocalDate answerDueOn) {
		return this.consultations.receive(user,
				new NewConsultation(pointId, sourceLevel, sourceBody, title, receivedOn, answerDueOn));
	}

	/** Imports the draft's text and opens it for opinions. */
	public void publish(CurrentUser user, long consultationId, String draftText) {
		this.consultations.importDraft(user, consultationId, draftText, null);
		this.consultations.publish(user, consultationId);
	}

	/**
	 * An opinion on an article (none: the whole draft), from an informant or, with a
	 * phone, from a citizen on the point's QR page.
	 * @return the opinion's id
	 */
	public long giveOpinion(long consultationId, long pointId, Long informantId, Integer article, String text,
			String phone) {
		String token = this.opinions.give(new NewDraftOpinion(consultationId, article, null, text,
				(informantId != null) ? OpinionChannel.INFORMANT : OpinionChannel.QR_PAGE, pointId, informantId, null,
				null, phone, null), null);
		return this.jdbc.sql("select id from legislation_opinion where tracking_token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

	public void closeGathering(CurrentUser user, long consultationId) {
		this.consultations.closeGathering(user, consultationId);
	}

	/**
	 * @return the merged opinion's id
	 */
	public long merge(CurrentUser user, long consultationId, List<Long> opinionIds, String reason) {
		return this.merging.merge(user, consultationId, opinionIds, null, reason);
	}

	public void report(CurrentUser user, long consultationId, String lateReason) {
		this.merging.report(user, consultationId, lateReason);
	}

	/**
	 * @param outcome ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED
	 */
	public void answer(CurrentUser user, long consultationId, long mergedId, String outcome, String reason) {
		this.merging.answer(user, consultationId, mergedId, outcome, reason);
	}

}
