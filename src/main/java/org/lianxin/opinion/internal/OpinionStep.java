package org.lianxin.opinion.internal;

import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;

/**
 * A step taken on a case, as the append-only history keeps it. A step starts from who did
 * what ({@link #of}); the {@code with…} methods add what that kind of step carries.
 *
 * @param note what was said: a reason, a reply, a comment
 * @param agencyId the agency the step concerns: assigned to, returned by, replying
 * @param days working days asked for or granted (an extension)
 */
public record OpinionStep(OpinionAction action, OpinionStatus from, OpinionStatus to, String actor, String note,
		Long agencyId, ResultClass resultClass, Satisfaction rating, ContactChannel channel, Integer days) {

	static OpinionStep of(OpinionAction action, OpinionStatus from, OpinionStatus to, Actor actor, String note) {
		return new OpinionStep(action, from, to, actor.name(), note, null, null, null, null, null);
	}

	OpinionStep withAgency(Long agency) {
		return new OpinionStep(this.action, this.from, this.to, this.actor, this.note, agency, this.resultClass,
				this.rating, this.channel, this.days);
	}

	OpinionStep withResult(ResultClass result) {
		return new OpinionStep(this.action, this.from, this.to, this.actor, this.note, this.agencyId, result,
				this.rating, this.channel, this.days);
	}

	OpinionStep withRating(Satisfaction verdict) {
		return new OpinionStep(this.action, this.from, this.to, this.actor, this.note, this.agencyId, this.resultClass,
				verdict, this.channel, this.days);
	}

	OpinionStep withChannel(ContactChannel contact) {
		return new OpinionStep(this.action, this.from, this.to, this.actor, this.note, this.agencyId, this.resultClass,
				this.rating, contact, this.days);
	}

	OpinionStep withDays(Integer workingDays) {
		return new OpinionStep(this.action, this.from, this.to, this.actor, this.note, this.agencyId, this.resultClass,
				this.rating, this.channel, workingDays);
	}

}
