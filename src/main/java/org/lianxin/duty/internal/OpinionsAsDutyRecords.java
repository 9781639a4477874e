package org.lianxin.duty.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionReceived;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An opinion a deputy collected and recorded is a duty done (联系选民): it appears in the
 * deputy's records without retyping, once, whatever retries the event sees.
 */
@Component
class OpinionsAsDutyRecords {

	private static final Logger logger = LoggerFactory.getLogger(OpinionsAsDutyRecords.class);

	private final DutyRecordEntry records;

	private final DeputyAccounts deputyAccounts;

	OpinionsAsDutyRecords(DutyRecordEntry records, DeputyAccounts deputyAccounts) {
		this.records = records;
		this.deputyAccounts = deputyAccounts;
	}

	@ApplicationModuleListener
	void on(OpinionReceived received) {
		if (received.channel() != IntakeChannel.DEPUTY || received.recordedBy() == null) {
			return;
		}
		this.deputyAccounts.deputyOf(received.recordedBy()).ifPresent(deputy -> {
			try {
				this.records.createFromEvent(deputy,
						new NewDutyRecord("CONTACTING_VOTERS", received.collectedOn(), null,
								"收集群众意见（查询码 " + received.trackingCode() + "）", null, List.of(), List.of(),
								"opinion:" + received.opinionId()));
			}
			catch (RuleViolationException ex) {
				// e.g. a deputy whose seat had ended by then: the case stands, the record
				// does not
				logger.info("No duty record for opinion {}: {}", received.opinionId(), ex.messageKey());
			}
		});
	}

}
