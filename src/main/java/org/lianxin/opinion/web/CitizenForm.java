package org.lianxin.opinion.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The public opinion form as a citizen fills it in on a phone. Checks live in
 * {@code OpinionIntake}, so the form, Open311 and the API refuse the same things.
 */
public class CitizenForm extends CaseForm {

	/** A deputy's or venue's public code, when the citizen came by scanning one. */
	private String d;

	private String v;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private boolean publishConsent;

	private List<MultipartFile> photos = new ArrayList<>();

	public String getD() {
		return this.d;
	}

	public void setD(String d) {
		this.d = d;
	}

	public String getV() {
		return this.v;
	}

	public void setV(String v) {
		this.v = v;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public boolean isPublishConsent() {
		return this.publishConsent;
	}

	public void setPublishConsent(boolean publishConsent) {
		this.publishConsent = publishConsent;
	}

	public List<MultipartFile> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

}
