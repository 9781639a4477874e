package org.lianxin.duty.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.VoteTaken;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Taking part in a vote (a 票决 or a 测评) is a duty done: it appears in the deputy's records
 * once, whatever retries the event sees. The record says that they voted, never how.
 */
@Component
class VotesAsDutyRecords {

	private static final Logger logger = LoggerFactory.getLogger(VotesAsDutyRecords.class);

	private final DutyRecordEntry records;

	VotesAsDutyRecords(DutyRecordEntry records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(VoteTaken vote) {
		try {
			this.records.createFromEvent(vote.deputyId(),
					new NewDutyRecord("MEETING", vote.on(), null, "参加投票：" + vote.title(), null, List.of(), List.of(),
							"survey:" + vote.surveyId() + ":" + vote.deputyId()));
		}
		catch (RuleViolationException ex) {
			logger.info("No duty record for a vote in survey {}: {}", vote.surveyId(), ex.messageKey());
		}
	}

}
