package org.lianxin.opinion.web;

import java.time.LocalDate;

import org.lianxin.opinion.IntakeChannel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type in for a citizen: an opinion a deputy or station collected offline, a
 * hotline call or a letter.
 */
public class RecordingForm {

	private IntakeChannel channel;

	private String categoryCode;

	private String regionCode;

	private String description;

	private String place;

	private String citizenName;

	private String phone;

	private boolean urgent;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate collectedOn;

	/** One per form shown, so that a double click records one case. */
	private String formToken;

	public IntakeChannel getChannel() {
		return this.channel;
	}

	public void setChannel(IntakeChannel channel) {
		this.channel = channel;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getCitizenName() {
		return this.citizenName;
	}

	public void setCitizenName(String citizenName) {
		this.citizenName = citizenName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
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

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
