package org.lianxin.duty.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A duty record as the form takes it, on a phone or at the office. */
public class DutyForm {

	private String type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private String title;

	private String place;

	private String description;

	private List<Long> deputyIds = new ArrayList<>();

	private List<MultipartFile> photos = new ArrayList<>();

	/** One per form shown: sending it twice enters one record. */
	private String formToken;

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Long> getDeputyIds() {
		return this.deputyIds;
	}

	public void setDeputyIds(List<Long> deputyIds) {
		this.deputyIds = deputyIds;
	}

	public List<MultipartFile> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
