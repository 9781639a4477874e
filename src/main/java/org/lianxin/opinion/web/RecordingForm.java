package org.lianxin.opinion.web;

import java.time.LocalDate;

import org.lianxin.opinion.IntakeChannel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type in for a citizen: an opinion a deputy or station collected offline, a
 * hotline call or a letter.
 */
public class RecordingForm extends CaseForm {

	private IntakeChannel channel;

	private boolean urgent;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate collectedOn;

	public IntakeChannel getChannel() {
		return this.channel;
	}

	public void setChannel(IntakeChannel channel) {
		this.channel = channel;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
	}

	public LocalDate getCollectedOn() {
		return this.collectedOn;
	}

	public void setCollectedOn(LocalDate collectedOn) {
		this.collectedOn = collectedOn;
	}

}
